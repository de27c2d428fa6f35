import { Command, Option } from 'commander';
import { readProgrammeSource } from '../../app/read-source.ts';
import { renderDocument } from '../../document/index.ts';
import { writeProgrammeJson } from '../../formats/json/index.ts';
import { print, readInputFile } from '../context.ts';

export function convertCommand(): Command {
  return new Command('convert')
    .description('convert a programme document or Agora JSON to another format, without a database')
    .argument('<file>', 'a programme document (text) or Agora JSON; the format is read from the content')
    .addOption(new Option('--to <format>', 'the format to write').choices(['json', 'text']).makeOptionMandatory())
    .action((file: string, options: { to: 'json' | 'text' }) => {
      const { programme } = readProgrammeSource(readInputFile(file), file);
      print(options.to === 'json' ? writeProgrammeJson(programme) : renderDocument(programme));
    });
}
