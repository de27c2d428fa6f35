/** The admin features, each started only on the page that has its element. */
import { csrfToken } from './csrf.ts';
import { startImportFile } from './import-file.ts';
import { startEntryForm } from './entry-form.ts';
import { startGrid } from './grid.ts';
import { startRequestDrop } from './grid-request-drop.ts';

export function startAdminFeatures(root: Document): void {
  // Features register here as they are built: grid, entry form, import preview.
  void csrfToken(root);
  startImportFile(root);
  for (const form of root.querySelectorAll<HTMLFormElement>('form[data-entry-form]')) startEntryForm(root, form);
  for (const grid of root.querySelectorAll<HTMLElement>('[data-grid]')) {
    startGrid(root, grid);
    startRequestDrop(root, grid);
  }
}
