import type { Command } from 'commander';
import { printCommand } from './print-command.ts';

/** `agora pdf -o programme.pdf`: the printed programme as PDF, A4 portrait. */
export function pdfCommand(): Command {
  return printCommand({
    name: 'pdf',
    description: 'the printed programme as PDF (A4)',
    example: 'programme.pdf',
    render: async ({ programme, context, options }) => (await import('../../formats/pdf/index.ts')).renderPdf(programme, context, options),
  });
}
