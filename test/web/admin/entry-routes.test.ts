import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { moveEntry } from '../../../src/app/entry-commands.ts';
import { loginAs, type LoggedIn } from '../../support/login.ts';
import { startTestServer, type TestServer } from '../../support/test-server.ts';
import { decodeEntities, visibleText } from '../html.ts';

let server: TestServer;
let editor: LoggedIn;

before(async () => {
  server = await startTestServer();
  editor = await loginAs(server.temp.store, 'editor', { name: 'Ana Clerk' });
});
after(() => server.close());

async function get(url: string, who: LoggedIn = editor) {
  return server.app.inject({ method: 'GET', url, headers: { cookie: who.cookie } });
}

/** Posts a form as the browser would: urlencoded, with the session's form token unless told. */
async function post(url: string, fields: Record<string, string | string[]>, who: LoggedIn = editor, options: { csrf?: boolean } = {}) {
  const body = new URLSearchParams();
  if (options.csrf !== false) body.append('_csrf', who.csrf);
  for (const [name, value] of Object.entries(fields)) for (const item of [value].flat()) body.append(name, item);
  return server.app.inject({ method: 'POST', url, headers: { cookie: who.cookie, 'content-type': 'application/x-www-form-urlencoded' }, payload: body.toString() });
}

/** The form's own fields of an entry as the page shows them, ready to post back. */
function formFields(html: string): Record<string, string | string[]> {
  const form = html.slice(html.indexOf('<form id="entry-form"'), html.indexOf('</form>', html.indexOf('<form id="entry-form"')));
  const fields: Record<string, string | string[]> = {};
  const add = (name: string, value: string) => {
    const earlier = fields[name];
    fields[name] = earlier === undefined ? value : [earlier, value].flat();
  };
  for (const input of form.matchAll(/<input\b([^>]*)>/g)) {
    const attributes = input[1] as string;
    const name = /name="([^"]*)"/.exec(attributes)?.[1];
    if (!name || name === '_csrf') continue;
    if (/type="checkbox"/.test(attributes) && !/\bchecked\b/.test(attributes)) continue;
    add(decodeEntities(name), decodeEntities(/value="([^"]*)"/.exec(attributes)?.[1] ?? ''));
  }
  for (const area of form.matchAll(/<textarea\b[^>]*name="([^"]*)"[^>]*>([\s\S]*?)<\/textarea>/g)) add(decodeEntities(area[1] as string), decodeEntities(area[2] as string));
  for (const select of form.matchAll(/<select\b[^>]*name="([^"]*)"[^>]*>([\s\S]*?)<\/select>/g)) {
    const selected = /<option\b[^>]*value="([^"]*)"[^>]*\bselected\b/.exec(select[2] as string);
    add(decodeEntities(select[1] as string), decodeEntities(selected?.[1] ?? ''));
  }
  return fields;
}

/** The markup of one field's block (label, control, error) in the form. */
function fieldBlock(html: string, name: string): string {
  const start = html.indexOf(`data-field="${name}"`);
  assert.notEqual(start, -1, `the form has a field ${name}`);
  const next = html.indexOf('data-field="', start + 1);
  return html.slice(start, next === -1 ? undefined : next);
}

function shownError(html: string, name: string): string | null {
  const match = /<p class="field-error"[^>]*data-error-for="[^"]*"(\s+hidden(="")?)?[^>]*>([\s\S]*?)<\/p>/.exec(fieldBlock(html, name));
  if (!match || match[1]) return null;
  return decodeEntities(match[3] as string);
}

async function revisionOf(id: string): Promise<number> {
  const entry = await server.temp.store.readEntry(server.record.id, id);
  assert.ok(entry);
  return entry.revision;
}

describe('the entry form', () => {
  test('shows every field of the entry, the split panel rows, its revision and the form token', async () => {
    const response = await get('/admin/entries/salt-marsh');
    assert.equal(response.statusCode, 200);
    const html = response.body;
    const fields = formFields(html);
    assert.equal(fields.kind, 'side-event');
    assert.equal(fields.title, 'Salt marshes as carbon stores');
    assert.equal(fields.sponsors, 'Portugal\nTidal Trust', 'sponsors one a line, in order');
    assert.equal(fields.description, 'Field results from three estuaries.');
    assert.equal(fields.notes, 'lunch-before', 'the note the entry refers to is ticked');
    assert.equal(fields.venue, 'R1');
    assert.deepEqual([fields.date, fields.start, fields.end, fields.status], ['2031-05-12', '13:00', '14:00', 'scheduled']);
    assert.equal(fields.agendaItem, '');
    assert.equal(fields.expectedAttendance, '');
    assert.equal(fields.revision, String(await revisionOf('salt-marsh')));
    for (const row of [0, 1, 2]) for (const part of ['label', 'title', 'sponsors', 'description']) assert.ok(`parts[${row}].${part}` in fields, `part row ${row} has ${part}`);
    assert.match(html, /<option value(="")?[^>]*>None<\/option>/);
    assert.match(html, /<option value="R2"/);
    assert.match(html, new RegExp(`name="_csrf" value="${editor.csrf}"`));
    assert.match(visibleText(html), /History of this entry/);
  });

  test('invalid times and an unknown venue are shown next to their fields with 400, what was typed is kept, and nothing is saved', async () => {
    const revision = await revisionOf('eel-routes');
    const fields = formFields((await get('/admin/entries/eel-routes')).body);
    const response = await post('/admin/entries/eel-routes', { ...fields, start: '25:00', venue: 'Atlantis', title: 'Eels, revised' });
    assert.equal(response.statusCode, 400);
    assert.match(shownError(response.body, 'start') ?? '', /"25:00" is not a time/);
    assert.match(shownError(response.body, 'venue') ?? '', /there is no venue "Atlantis"/);
    assert.equal(shownError(response.body, 'title'), null);
    const again = formFields(response.body);
    assert.equal(again.start, '25:00', 'what was typed is kept');
    assert.equal(again.title, 'Eels, revised');
    assert.equal(await revisionOf('eel-routes'), revision, 'nothing was saved');
  });

  test('a revision too big for the database is refused with 400 naming the revision, and nothing is saved', async () => {
    const revision = await revisionOf('eel-routes');
    const fields = formFields((await get('/admin/entries/eel-routes')).body);
    const response = await post('/admin/entries/eel-routes', { ...fields, title: 'Eels, revised', revision: '99999999999', intent: 'save' });
    assert.equal(response.statusCode, 400);
    assert.match(visibleText(response.body), /Nothing was saved: the form does not say which revision \(a whole number\) it was read at; reload the page/);
    assert.equal(formFields(response.body).title, 'Eels, revised', 'what was typed is kept');
    const cancel = await post('/admin/entries/eel-routes/cancel', { revision: '99999999999' });
    assert.equal(cancel.statusCode, 400);
    assert.equal(await revisionOf('eel-routes'), revision, 'nothing was saved');
  });

  test('a part row with sponsors but no title is named by its row', async () => {
    const fields = formFields((await get('/admin/entries/dune-law')).body);
    const response = await post('/admin/entries/dune-law', { ...fields, 'parts[1].label': 'B', 'parts[1].sponsors': 'Senegal' });
    assert.equal(response.statusCode, 400);
    assert.match(shownError(response.body, 'parts[1].title') ?? '', /needs a title/);
  });

  test('saving records the e-mail of the logged-in user as the actor, keeps sponsors in order, and comes back with a notice and a link to the grid', async () => {
    const fields = formFields((await get('/admin/entries/dune-law')).body);
    const response = await post('/admin/entries/dune-law', { ...fields, sponsors: 'Senegal\nGambia', expectedAttendance: '60', 'parts[0].label': 'A', 'parts[0].title': 'Coastal law', 'parts[0].sponsors': 'Senegal', intent: 'save' });
    assert.equal(response.statusCode, 303);
    const [change] = (await server.temp.store.changesSince(server.record.id, 0, { entryId: 'dune-law' })).slice(-1);
    assert.ok(change);
    assert.equal(change.actor, editor.user.email);
    const entry = await server.temp.store.readEntry(server.record.id, 'dune-law');
    assert.deepEqual(entry?.sponsors, ['Senegal', 'Gambia']);
    assert.equal(entry?.expectedAttendance, 60);
    assert.deepEqual(entry?.parts, [{ label: 'A', title: 'Coastal law', sponsors: ['Senegal'], description: null }]);
    assert.equal(response.headers.location, `/admin/entries/dune-law?saved=${change.revision}`);
    const page = (await get(response.headers.location as string)).body;
    assert.match(visibleText(page), new RegExp(`Saved as revision ${change.revision}\\. Back to the grid`));
    assert.match(page, /href="\/admin\?day=2031-05-13"/);
    assert.match(visibleText(page), /Ana Clerk · update[\s\S]*sponsors Senegal → Senegal; Gambia/, 'the history shows who changed what');
  });

  test('"Check conflicts" lists the conflicts the values would leave and saves nothing', async () => {
    const revision = await revisionOf('wg-data');
    const fields = formFields((await get('/admin/entries/eel-routes')).body);
    const response = await post('/admin/entries/eel-routes', { ...fields, start: '13:30', end: '14:30', intent: 'check' });
    assert.equal(response.statusCode, 200);
    const text = visibleText(response.body);
    assert.match(text, /These values would leave .*one error/);
    assert.match(text, /Error R1 is booked twice/);
    assert.equal(formFields(response.body).start, '13:30');
    assert.equal(await revisionOf('wg-data'), revision);
    assert.equal((await server.temp.store.readEntry(server.record.id, 'eel-routes'))?.start, '14:00', 'nothing saved');
  });

  test('a save that would leave an error-level conflict needs "Save anyway", and then records the conflict in the change', async () => {
    const fields = formFields((await get('/admin/entries/eel-routes')).body);
    const clash = { ...fields, start: '13:30', end: '14:30' };
    const refused = await post('/admin/entries/eel-routes', { ...clash, intent: 'save' });
    assert.equal(refused.statusCode, 409);
    assert.match(visibleText(refused.body), /Nothing was saved: the change would leave a conflict/);
    assert.match(refused.body, /name="intent" value="save-anyway"/);
    assert.equal((await server.temp.store.readEntry(server.record.id, 'eel-routes'))?.start, '14:00');
    const saved = await post('/admin/entries/eel-routes', { ...formFields(refused.body), intent: 'save-anyway' });
    assert.equal(saved.statusCode, 303);
    const change = (await server.temp.store.changesSince(server.record.id, 0, { entryId: 'eel-routes' })).at(-1);
    assert.equal((change?.after as { start: string }).start, '13:30');
    assert.equal((change?.meta.conflicts as { rule: string }[] | undefined)?.[0]?.rule, 'venue-clash');
    await moveEntry(server.temp.store, server.record, 'eel-routes', { start: '14:00', end: '15:00' }, { actor: { name: 'test', role: 'admin' } });
  });

  test('a save after someone else\'s answers 409 with who changed what, both values, keep theirs and apply mine on top', async () => {
    const other = await loginAs(server.temp.store, 'editor', { name: 'Ben Other' });
    const mine = formFields((await get('/admin/entries/salt-marsh')).body);
    const theirs = formFields((await get('/admin/entries/salt-marsh', other)).body);
    assert.equal((await post('/admin/entries/salt-marsh', { ...theirs, venue: 'R2' }, other)).statusCode, 303);
    const stale = await post('/admin/entries/salt-marsh', { ...mine, title: 'Salt marshes store carbon', venue: 'R1' });
    assert.equal(stale.statusCode, 409);
    const text = visibleText(stale.body);
    assert.match(text, /Changed by Ben Other at \d\d:\d\d: venue R1 → R2/);
    assert.match(text, /title Salt marshes as carbon stores Salt marshes store carbon/, 'theirs and mine side by side');
    assert.match(stale.body, /href="\/admin\/entries\/salt-marsh">Keep theirs/);
    assert.equal((await server.temp.store.readEntry(server.record.id, 'salt-marsh'))?.title, 'Salt marshes as carbon stores', 'nothing of mine saved');
    const onTop = formFields(stale.body);
    assert.equal(onTop.venue, 'R2', 'their venue is kept where I did not change it');
    assert.equal(onTop.revision, String(await revisionOf('salt-marsh')));
    assert.equal((await post('/admin/entries/salt-marsh', { ...onTop, intent: 'save' })).statusCode, 303);
    const now = await server.temp.store.readEntry(server.record.id, 'salt-marsh');
    assert.deepEqual([now?.title, now?.venue], ['Salt marshes store carbon', 'R2']);
  });

  test('a new entry is added from the form; cancel and restore post back to it', async () => {
    const form = (await get('/admin/entries/new?date=2031-05-13&start=15:00&venue=R2')).body;
    const fields = formFields(form);
    assert.deepEqual([fields.date, fields.start, fields.venue], ['2031-05-13', '15:00', 'R2']);
    const added = await post('/admin/entries/new', { ...fields, title: 'Mangrove nurseries', end: '16:00', sponsors: 'Guinea-Bissau' });
    assert.equal(added.statusCode, 303);
    const location = added.headers.location as string;
    const id = /\/admin\/entries\/([^?]+)/.exec(location)?.[1] ?? '';
    assert.equal((await server.temp.store.readEntry(server.record.id, id))?.title, 'Mangrove nurseries');
    const page = (await get(location)).body;
    const revision = String(await revisionOf(id));
    assert.equal((await post(`/admin/entries/${id}/cancel`, { revision })).statusCode, 303);
    assert.equal((await server.temp.store.readEntry(server.record.id, id))?.status, 'cancelled');
    assert.match(visibleText((await get(`/admin/entries/${id}`)).body), /Restore this entry/);
    assert.equal((await post(`/admin/entries/${id}/restore`, { revision: String(await revisionOf(id)) })).statusCode, 303);
    assert.equal((await server.temp.store.readEntry(server.record.id, id))?.status, 'scheduled');
    assert.match(page, /Cancel this entry/);
  });

  test('a new entry without a title is refused next to its title, and nothing is added', async () => {
    const before = (await server.temp.store.readProgramme(server.record.id)).entries.length;
    const response = await post('/admin/entries/new', { ...formFields((await get('/admin/entries/new')).body), title: '  ' });
    assert.equal(response.statusCode, 400);
    assert.match(shownError(response.body, 'title') ?? '', /needs a title/);
    assert.equal((await server.temp.store.readProgramme(server.record.id)).entries.length, before);
  });

  test('the undo button undoes the last change and returns to the page it came from', async () => {
    await moveEntry(server.temp.store, server.record, 'dune-law', { venue: 'R1' }, { actor: { name: editor.user.email, role: 'editor' } });
    const page = (await get('/admin/entries/dune-law')).body;
    const undoRevision = /action="\/admin\/undo"[\s\S]*?name="revision" value="(\d+)"/.exec(page)?.[1];
    assert.equal(undoRevision, String(await revisionOf('dune-law')));
    assert.match(visibleText(page), /The last change: venue R2 → R1 on "Dune protection in national law", by Ana Clerk/);
    const response = await post('/admin/undo', { revision: undoRevision ?? '', next: '/admin/entries/dune-law' });
    assert.equal(response.statusCode, 303);
    assert.equal(response.headers.location, `/admin/entries/dune-law?undone=${undoRevision}`);
    assert.equal((await server.temp.store.readEntry(server.record.id, 'dune-law'))?.venue, 'R2');
    const offsite = await post('/admin/undo', { next: '//evil.example/' });
    assert.equal(offsite.statusCode, 303);
    assert.match(offsite.headers.location as string, /^\/admin\?undone=\d+$/, 'another site is never where undo returns');
    const dotted = await post('/admin/undo', { next: '/.//evil.example/x' });
    assert.equal(dotted.statusCode, 303);
    assert.doesNotMatch(dotted.headers.location as string, /evil\.example/, 'nor a path that becomes another site once normalised');
  });

  test('a display account gets 403 for the form and cannot post it', async () => {
    const display = await loginAs(server.temp.store, 'display');
    const page = await get('/admin/entries/salt-marsh', display);
    assert.equal(page.statusCode, 403);
    assert.match(visibleText(page.body), /may not edit entries/);
    const revision = await revisionOf('salt-marsh');
    const posted = await post('/admin/entries/salt-marsh', { title: 'Hijacked', revision: String(revision) }, display);
    assert.equal(posted.statusCode, 403);
    assert.equal(await revisionOf('salt-marsh'), revision);
  });

  test('a post without the form token is refused with 403 and changes nothing', async () => {
    const revision = await revisionOf('salt-marsh');
    const fields = formFields((await get('/admin/entries/salt-marsh')).body);
    const response = await post('/admin/entries/salt-marsh', { ...fields, title: 'Forged' }, editor, { csrf: false });
    assert.equal(response.statusCode, 403);
    assert.equal(await revisionOf('salt-marsh'), revision);
  });

  test('without a session the form sends the reader to log in', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/admin/entries/salt-marsh' });
    assert.equal(response.statusCode, 303);
    assert.match(response.headers.location as string, /^\/login\?next=/);
  });
});
