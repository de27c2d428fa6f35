import type { Command } from 'commander';
import { renderDocx } from '../../formats/docx/index.ts';
import { printCommand } from './print-command.ts';

/** `agora docx -o programme.docx`: the printed programme as a Word document with real tables. */
export function docxCommand(): Command {
  return printCommand({
    name: 'docx',
    description: 'the printed programme as a Word document',
    example: 'programme.docx',
    render: ({ programme, context, options }) => renderDocx(programme, context, options),
  });
}
