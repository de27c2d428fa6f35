/**
 * Releases: the form that publishes the programme as it is now under a name and a comment, and
 * the releases published so far, newest first, each linked to its changelog on the public
 * changes page. The form posts and works without JavaScript.
 */
import { MAX_RELEASE_COMMENT, MAX_RELEASE_NAME } from '../../../app/releases.ts';
import type { Release } from '../../../store/release.ts';
import type { AdminPageContext } from '../admin-page.ts';
import { AdminLayout } from './admin-layout.tsx';
import { Field, FormSummary, type FormErrors } from './form-field.tsx';

export interface ReleaseDraft {
  name: string;
  comment: string;
}

export interface ReleasesPageProps {
  page: AdminPageContext;
  /** Newest first. */
  releases: Release[];
  /** When each was published, on the conference's clock. */
  when: (release: Release) => string;
  /** The revision the programme is at: what publishing now would publish. */
  revision: number;
  draft: ReleaseDraft;
  errors: FormErrors | null;
  done: string | null;
}

export function ReleasesPage({ page, releases, when, revision, draft, errors, done }: ReleasesPageProps) {
  const latest = releases[0];
  const commentError = errors?.fields.comment;
  return (
    <AdminLayout page={page} title="Releases" current="releases">
      <h1>Releases</h1>
      {done ? (
        <p class="notice-ok" role="status">
          {done}
        </p>
      ) : null}
      <p>
        A release publishes the programme as it is now (revision {revision}) under a name readers recognise. The changes page lists what changed since the release
        before, and every download of the release stays as published at <code>/v/&lt;number&gt;/</code>.
      </p>
      {latest !== undefined && latest.revision === revision ? (
        <p class="field-hint">Nothing has changed since {latest.name}; a new release now would list no changes.</p>
      ) : null}
      <h2 id="publish">Publish a release</h2>
      <form method="post" action={page.link('/admin/releases')} class="admin-form release-form">
        <input type="hidden" name="_csrf" value={page.csrf} />
        <FormSummary errors={errors} />
        <Field form="release" name="name" label="Name" value={draft.name} error={errors?.fields.name} required hint={`Such as "Update 3"; at most ${MAX_RELEASE_NAME} characters.`} />
        <div class={commentError ? 'field field-invalid' : 'field'}>
          <label for="release-comment">Comment (optional)</label>
          <p class="field-hint" id="release-comment-hint">
            What readers should know first, such as "M3 closed on Thursday"; at most {MAX_RELEASE_COMMENT} characters.
          </p>
          <textarea
            id="release-comment"
            name="comment"
            rows={3}
            aria-invalid={commentError ? 'true' : undefined}
            aria-describedby={commentError ? 'release-comment-hint release-comment-error' : 'release-comment-hint'}
          >
            {draft.comment}
          </textarea>
          {commentError ? (
            <p class="field-error" id="release-comment-error">
              {commentError}
            </p>
          ) : null}
        </div>
        <button type="submit" class="button-primary">
          Publish the release
        </button>
      </form>
      <h2>Published</h2>
      {releases.length === 0 ? (
        <p>No release has been published yet.</p>
      ) : (
        <table class="release-list">
          <thead>
            <tr>
              <th scope="col">Number</th>
              <th scope="col">Name</th>
              <th scope="col">Published</th>
              <th scope="col">By</th>
              <th scope="col">Revision</th>
              <th scope="col">Comment</th>
            </tr>
          </thead>
          <tbody>
            {releases.map((release) => (
              <tr key={release.id} id={`release-${release.id}`}>
                <td data-label="Number">{release.id}</td>
                <td data-label="Name">
                  <a href={page.link(`/changes#release-${release.id}`)}>{release.name}</a>
                </td>
                <td data-label="Published">{when(release)}</td>
                <td data-label="By">{release.actor}</td>
                <td data-label="Revision">{release.revision}</td>
                <td data-label="Comment">{release.comment ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </AdminLayout>
  );
}
