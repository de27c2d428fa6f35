/** The "Undo the last change" button, on the grid and on each entry's form: it names the change it reverses. */
import type { UndoOffer } from '../../../app/undo-change.ts';
import type { AdminPageContext } from '../admin-page.ts';

export function UndoForm({ page, undo, next }: { page: Pick<AdminPageContext, 'link' | 'csrf'>; undo: UndoOffer; next: string }) {
  return (
    <form class="undo-form" method="post" action={page.link('/admin/undo')}>
      <input type="hidden" name="_csrf" value={page.csrf} />
      <input type="hidden" name="revision" value={String(undo.revision)} />
      <input type="hidden" name="next" value={next} />
      <p class="field-hint">The last change: {undo.label}</p>
      <button type="submit">Undo the last change</button>
    </form>
  );
}
