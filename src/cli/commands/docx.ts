import type { Command } from 'commander';
import { printCommand } from './print-command.ts';

/** `agora docx -o programme.docx`: the printed programme as a Word document with real tables. */
export function docxCommand(): Command {
  return printCommand({
    name: 'docx',
    description: 'the printed programme as a Word document',
    example: 'programme.docx',
    render: async ({ programme, context, options }) => (await import('../../formats/docx/index.ts')).renderDocx(programme, context, options),
  });
}
