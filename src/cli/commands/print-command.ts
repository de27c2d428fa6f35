/** What `agora pdf` and `agora docx` share: their options, reading the programme, writing the file. */
import { writeFileSync } from 'node:fs';
import { Command, InvalidArgumentError, Option } from 'commander';
import { resolveConference } from '../../app/conference-ref.ts';
import { readPrintSource, type PrintSource } from '../../app/print-source.ts';
import { AgoraError } from '../../errors.ts';
import type { ConferenceRecord, Store } from '../../store/store.ts';
import { print, printJson, wholeNumber, withStore, withStoreOptions, type StoreOptions } from '../context.ts';

interface PrintCommandOptions extends StoreOptions {
  output: string;
  markChangedSince?: number;
  baseUrl?: string;
}

export interface PrintFormat {
  /** The command's name: "pdf". */
  name: string;
  /** What it writes, for the help: "the printed programme as PDF". */
  description: string;
  /** The example file name for the help: "programme.pdf". */
  example: string;
  render(source: PrintSource): Promise<Buffer>;
}

export function printCommand(format: PrintFormat): Command {
  return withStoreOptions(new Command(format.name))
    .description(`write ${format.description} to a file`)
    .addOption(new Option('-o, --output <file>', `the file to write, e.g. ${format.example}`).makeOptionMandatory())
    .option('--mark-changed-since <revision>', 'mark the entries changed after this revision', wholeNumber('--mark-changed-since', 1))
    .option('--base-url <url>', 'the public address of the server, for the QR code to the live programme (or set BASE_URL)', httpUrl, process.env.BASE_URL)
    .action(async (options: PrintCommandOptions) => {
      const source = await withStore(options, async (store) =>
        readPrintSource(store, await namedConference(store, options.conference), {
          baseUrl: options.baseUrl ?? null,
          markChangedSince: options.markChangedSince,
        }),
      );
      const bytes = await format.render(source);
      writeOutput(options.output, bytes);
      const { slug } = source.record;
      const { revision } = source.context;
      if (options.json) printJson({ file: options.output, bytes: bytes.length, conference: slug, revision });
      else print(`Wrote ${options.output} (${Math.ceil(bytes.length / 1024)} KB): "${slug}" at revision ${revision}.`);
    });
}

/** The conference `--conference` names (or the only one); a name that is not there is refused naming the option. */
async function namedConference(store: Store, slug: string | undefined): Promise<ConferenceRecord> {
  try {
    return await resolveConference(store, slug);
  } catch (error) {
    if (!(error instanceof AgoraError) || error.code !== 'AGORA_NOT_FOUND' || slug === undefined) throw error;
    throw new AgoraError(error.code, error.message, { problems: [{ where: '--conference', message: `there is no conference "${slug}"` }] });
  }
}

function httpUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InvalidArgumentError('--base-url must be an address such as https://agora.example.');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new InvalidArgumentError('--base-url must start with https:// or http://.');
  return value;
}

function writeOutput(path: string, bytes: Buffer): void {
  try {
    writeFileSync(path, bytes);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'its folder does not exist' : (error as Error).message;
    throw new AgoraError('AGORA_BAD_INPUT', `Cannot write ${path}: ${reason}.`, { problems: [{ where: '--output', message: reason }] });
  }
}
