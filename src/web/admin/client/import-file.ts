/**
 * The import form's file chooser: shown only where this script runs, it reads the chosen file
 * into the text area that the form posts, so the page needs no multipart upload and still works
 * without JavaScript (paste the text instead).
 */
export function startImportFile(root: Document): void {
  const field = root.querySelector<HTMLElement>('[data-import-file]');
  const input = field?.querySelector<HTMLInputElement>('input[type="file"]');
  const text = root.querySelector<HTMLTextAreaElement>('#import-text');
  if (!field || !input || !text) return;
  field.hidden = false;
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (!file) return;
    void file.text().then((content) => {
      text.value = content;
    });
  });
}
