import type { Command } from 'commander';
import { renderPdf } from '../../formats/pdf/index.ts';
import { printCommand } from './print-command.ts';

/** `agora pdf -o programme.pdf`: the printed programme as PDF, A4 portrait. */
export function pdfCommand(): Command {
  return printCommand({
    name: 'pdf',
    description: 'the printed programme as PDF (A4)',
    example: 'programme.pdf',
    render: ({ programme, context, options }) => renderPdf(programme, context, options),
  });
}
