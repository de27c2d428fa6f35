/** The `agora` command. */
import { Command } from 'commander';
import { changesCommand } from './commands/changes.ts';
import { checkCommand } from './commands/check.ts';
import { convertCommand } from './commands/convert.ts';
import { databaseCommands } from './commands/database-commands.ts';
import { docxCommand } from './commands/docx.ts';
import { exportCommand } from './commands/export.ts';
import { importCommand } from './commands/import.ts';
import { initCommand } from './commands/init.ts';
import { cancelCommand, moveCommand, restoreCommand } from './commands/move.ts';
import { pdfCommand } from './commands/pdf.ts';
import { releaseCommand, releasesCommand } from './commands/release.ts';
import { serveCommand } from './commands/serve.ts';
import { summaryCommand } from './commands/summary.ts';
import { tokenCommand } from './commands/token.ts';
import { userCommand } from './commands/user.ts';
import { reportError } from './context.ts';

export function buildProgram(): Command {
  const program = new Command('agora')
    .description('Agora keeps a conference programme true everywhere it is read.')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeErr: (text) => process.stderr.write(text.startsWith('error:') ? `agora: ${text.slice('error: '.length)}` : text) });
  for (const command of [
    convertCommand(),
    initCommand(),
    importCommand(),
    exportCommand(),
    pdfCommand(),
    docxCommand(),
    checkCommand(),
    changesCommand(),
    releaseCommand(),
    releasesCommand(),
    moveCommand(),
    cancelCommand(),
    restoreCommand(),
    summaryCommand(),
    serveCommand(),
    tokenCommand(),
    userCommand(),
    ...databaseCommands(),
  ]) {
    program.addCommand(command);
  }
  return program;
}

const argv = process.argv;
await buildProgram()
  .parseAsync(argv)
  .catch((error: unknown) => reportError(error, argv.includes('--json')));
