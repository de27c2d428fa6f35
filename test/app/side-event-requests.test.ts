import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { createUser, type User } from '../../src/app/accounts/users.ts';
import { importProgramme } from '../../src/app/import-programme.ts';
import { listOwnRequests, readOwnRequest, submitRequest, updateOwnRequest, withdrawOwnRequest } from '../../src/app/requests/organiser-requests.ts';
import type { RequestForm } from '../../src/app/requests/request-form.ts';
import { readRequestSettings, saveRequestSettings } from '../../src/app/requests/request-settings.ts';
import { acceptRequest, declineRequest, listRequests } from '../../src/app/requests/review-requests.ts';
import { scheduleRequest } from '../../src/app/requests/schedule-request.ts';
import { registerOrganiser } from '../../src/app/requests/register-organiser.ts';
import { stateTag } from '../../src/app/state-tag.ts';
import { moveEntry } from '../../src/app/entry-commands.ts';
import { listOutbox } from '../../src/app/notifications/outbox.ts';
import { publishRelease } from '../../src/app/releases.ts';
import type { ConferenceRecord } from '../../src/store/store.ts';
import { sampleProgramme } from '../support/sample-programme.ts';
import { tempStore, type TempStore } from '../support/temp-store.ts';
import { testActor } from '../support/test-actor.ts';
import { refusal } from '../support/refusal.ts';
import { setPublication } from '../support/set-publication.ts';

const admin = testActor('test:admin');
const editor = testActor('clerk@agora.test', 'editor');
let temp: TempStore;
let record: ConferenceRecord;
let ana: User;
let ben: User;

beforeEach(async () => {
  temp = await tempStore();
  record = (await importProgramme(temp.store, sampleProgramme(), { actor: admin, slug: 'cws3' })).conference;
  ana = await createUser(temp.store, admin, { email: 'ana@org.test', name: 'Ana Organiser', role: 'organiser', password: 'ana-password-1' });
  ben = await createUser(temp.store, admin, { email: 'ben@org.test', name: 'Ben Organiser', role: 'organiser', password: 'ben-password-1' });
});
afterEach(() => temp.dispose());

function form(fields: Partial<RequestForm> = {}): RequestForm {
  return {
    sponsors: 'Portugal\nWetlands International',
    title: 'Saltmarsh restoration in practice',
    description: 'Three projects report.',
    expectedAttendance: '60',
    choices: [
      { date: '2031-05-13', start: '13:15', end: '14:45' },
      { date: '2031-05-12', start: '18:15', end: '19:45' },
    ],
    refreshments: 'before',
    languages: ['English', 'French'],
    contactName: 'Ana Organiser',
    contactEmail: 'ana@org.test',
    contactPhone: '+351 21 000 0000',
    ...fields,
  };
}

async function outbox() {
  return temp.store.db.selectFrom('outbox').selectAll().where('reason', 'like', 'request-%').orderBy('id').execute();
}

async function setDeadline(deadline: string) {
  const before = await readRequestSettings(temp.store.db, record.id);
  await saveRequestSettings(temp.store, record, admin, { deadline, selfRegistration: '' }, stateTag(before));
}

describe('an organiser\'s side-event requests', () => {
  test('a submitted request keeps its sponsors in order, its choices in order and its needs, and is the organiser\'s', async () => {
    const request = await submitRequest(temp.store, record, ana, form());
    assert.equal(request.status, 'submitted');
    assert.equal(request.version, 1);
    assert.deepEqual(request.sponsors, ['Portugal', 'Wetlands International']);
    assert.deepEqual(request.choices.map((choice) => choice.date), ['2031-05-13', '2031-05-12']);
    assert.deepEqual(request.needs, { refreshments: 'before', languages: ['English', 'French'] });
    assert.equal(request.expectedAttendance, 60);
    const own = await listOwnRequests(temp.store, record, ana);
    assert.deepEqual(own.map((row) => row.request.id), [request.id]);
    assert.deepEqual(await listOwnRequests(temp.store, record, ben), []);
  });

  test('bad input is refused naming each field, and nothing is saved', async () => {
    const error = await refusal(() =>
      submitRequest(temp.store, record, ana, form({ sponsors: ' ', title: '', expectedAttendance: 'many', contactEmail: 'ana', choices: [{ date: '2031-05-20', start: '14:00', end: '13:00' }], refreshments: 'lunch' })),
    );
    assert.equal(error.code, 'AGORA_BAD_INPUT');
    assert.deepEqual(error.problems.map((problem) => problem.where).sort(), ['choice-1-date', 'choice-1-end', 'contactEmail', 'expectedAttendance', 'refreshments', 'sponsors', 'title']);
    assert.match(error.problems.find((problem) => problem.where === 'choice-1-date')!.message, /ends on 2031-05-13/);
    assert.deepEqual(await listOwnRequests(temp.store, record, ana), []);
  });

  test('the organiser edits the request before the deadline, and is refused after it with nothing changed', async () => {
    const request = await submitRequest(temp.store, record, ana, form());
    await setDeadline('2999-01-01T12:00');
    const edited = await updateOwnRequest(temp.store, record, ana, request.id, form({ title: 'Saltmarsh restoration: three projects' }), 1);
    assert.equal(edited.title, 'Saltmarsh restoration: three projects');
    assert.equal(edited.version, 2);
    await setDeadline('2001-01-01T12:00');
    const late = await refusal(() => updateOwnRequest(temp.store, record, ana, request.id, form({ title: 'Too late' }), 2));
    assert.equal(late.code, 'AGORA_BAD_INPUT');
    assert.match(late.message, /deadline .* has passed/);
    assert.equal((await readOwnRequest(temp.store, record, ana, request.id)).request.title, 'Saltmarsh restoration: three projects');
    assert.equal((await refusal(() => submitRequest(temp.store, record, ana, form()))).problems[0]?.where, 'deadline');
  });

  test('an edit against an older version is refused, so two tabs do not overwrite each other', async () => {
    const request = await submitRequest(temp.store, record, ana, form());
    await updateOwnRequest(temp.store, record, ana, request.id, form({ title: 'First tab' }), 1);
    const stale = await refusal(() => updateOwnRequest(temp.store, record, ana, request.id, form({ title: 'Second tab' }), 1));
    assert.equal(stale.code, 'AGORA_STALE_REVISION');
    assert.equal((await readOwnRequest(temp.store, record, ana, request.id)).request.title, 'First tab');
  });

  test('another organiser\'s request is not found, for reading, editing and withdrawing alike', async () => {
    const request = await submitRequest(temp.store, record, ana, form());
    for (const attempt of [
      () => readOwnRequest(temp.store, record, ben, request.id),
      () => updateOwnRequest(temp.store, record, ben, request.id, form({ title: 'Taken over' }), 1),
      () => withdrawOwnRequest(temp.store, record, ben, request.id, 1),
    ]) {
      assert.equal((await refusal(attempt)).code, 'AGORA_NOT_FOUND');
    }
    const unchanged = (await readOwnRequest(temp.store, record, ana, request.id)).request;
    assert.equal(unchanged.status, 'submitted');
    assert.equal(unchanged.title, 'Saltmarsh restoration in practice');
  });

  test('withdrawing makes the request cancelled; a cancelled or accepted request can no longer be edited', async () => {
    const request = await submitRequest(temp.store, record, ana, form());
    await acceptRequest(temp.store, record, editor, request.id, '', 1);
    assert.equal((await refusal(() => updateOwnRequest(temp.store, record, ana, request.id, form(), 2))).problems[0]?.where, 'status');
    const withdrawn = await withdrawOwnRequest(temp.store, record, ana, request.id, 2);
    assert.equal(withdrawn.status, 'cancelled');
    assert.equal((await refusal(() => withdrawOwnRequest(temp.store, record, ana, request.id, 3))).code, 'AGORA_BAD_INPUT');
  });

  test('where the public waits for releases, a release tells the organiser whose scheduled event changed since the release before where it is now, and no one else', async () => {
    await setPublication(temp.store, record, 'release');
    const a = await submitRequest(temp.store, record, ana, form());
    await acceptRequest(temp.store, record, editor, a.id, '', 1);
    const { entry } = await scheduleRequest(temp.store, record, editor, a.id, { date: '2031-05-13', start: '15:00', end: '16:30', venue: 'R2', saveAnyway: false }, 2);
    const b = await submitRequest(temp.store, record, ben, form({ title: 'Aquifers' }));
    await acceptRequest(temp.store, record, editor, b.id, '', 1);
    await scheduleRequest(temp.store, record, editor, b.id, { date: '2031-05-12', start: '18:15', end: '19:45', venue: 'R1', saveAnyway: false }, 2);
    const told = async () => (await listOutbox(temp.store)).messages.filter((message) => message.reason === 'entry-changed');
    await publishRelease(temp.store, record, editor, { name: 'Update 1' });
    assert.deepEqual(await told(), [], 'the first release tells no organiser: scheduling did');
    await moveEntry(temp.store, record, entry.id, { venue: 'R1', start: '16:00', end: '17:30' }, { actor: editor });
    await publishRelease(temp.store, record, editor, { name: 'Update 2', comment: 'R2 closes early on Tuesday' });
    const mails = await told();
    assert.deepEqual(mails.map((mail) => mail.to), ['ana@org.test']);
    assert.match(mails[0]?.subject ?? '', /your side event "Saltmarsh restoration in practice" changed \(Update 2\)/);
    assert.match(mails[0]?.body ?? '', /It is now: 2031-05-13, 16:00–17:30, R1\./);
    assert.match(mails[0]?.body ?? '', /R2 closes early on Tuesday/);
    await publishRelease(temp.store, record, editor, { name: 'Update 3' });
    assert.equal((await told()).length, 1, 'a release with no change to the event tells no one');
  });

  test('where every change is public at once, the organiser hears of each change to their scheduled event when it is made, and not again with a release', async () => {
    const a = await submitRequest(temp.store, record, ana, form());
    await acceptRequest(temp.store, record, editor, a.id, '', 1);
    const { entry } = await scheduleRequest(temp.store, record, editor, a.id, { date: '2031-05-13', start: '15:00', end: '16:30', venue: 'R2', saveAnyway: false }, 2);
    const told = async () => (await listOutbox(temp.store)).messages.filter((message) => message.reason === 'entry-changed');
    assert.deepEqual(await told(), [], 'scheduling sends its own e-mail');
    await moveEntry(temp.store, record, entry.id, { venue: 'R1' }, { actor: editor });
    await moveEntry(temp.store, record, 'eel-routes', { venue: 'R2' }, { actor: editor });
    const mails = await told();
    assert.deepEqual(mails.map((mail) => mail.to), ['ana@org.test'], 'only the organiser of the entry moved');
    assert.match(mails[0]?.body ?? '', /It is now: 2031-05-13, 15:00–16:30, R1\./);
    await publishRelease(temp.store, record, editor, { name: 'Update 1' });
    await publishRelease(temp.store, record, editor, { name: 'Update 2' });
    assert.equal((await told()).length, 1);
  });

  test('an organiser who registered at one conference cannot ask another on the server, which takes requests by invitation', async () => {
    const before = await readRequestSettings(temp.store.db, record.id);
    await saveRequestSettings(temp.store, record, admin, { deadline: '', selfRegistration: 'on' }, stateTag(before));
    const carla = await registerOrganiser(temp.store, record, { name: 'Carla', email: 'carla@org.test', password: 'carla-password', confirmation: 'carla-password' });
    const other = (await importProgramme(temp.store, sampleProgramme(), { actor: admin, slug: 'other' })).conference;
    const refused = await refusal(() => submitRequest(temp.store, other, carla, form()));
    assert.equal(refused.code, 'AGORA_NOT_FOUND');
    assert.match(refused.message, /by invitation/);
    assert.deepEqual(await listOwnRequests(temp.store, other, carla), []);
    assert.equal((await submitRequest(temp.store, record, carla, form())).status, 'submitted', 'the conference she registered at takes her request');
    assert.equal((await submitRequest(temp.store, other, ana, form())).status, 'submitted', 'an account the secretariat made may ask any conference');
  });

  test('self-registration makes an organiser account only where the conference allows it', async () => {
    const input = { name: 'Carla', email: 'carla@org.test', password: 'carla-password', confirmation: 'carla-password' };
    assert.equal((await refusal(() => registerOrganiser(temp.store, record, input))).code, 'AGORA_NOT_FOUND');
    const before = await readRequestSettings(temp.store.db, record.id);
    await saveRequestSettings(temp.store, record, admin, { deadline: '', selfRegistration: 'on' }, stateTag(before));
    const user = await registerOrganiser(temp.store, record, input);
    assert.equal(user.role, 'organiser');
    const mismatch = await refusal(() => registerOrganiser(temp.store, record, { ...input, email: 'dan@org.test', confirmation: 'other' }));
    assert.equal(mismatch.problems[0]?.where, 'confirmation');
  });
});

describe('the secretariat reviews requests', () => {
  test('the list filters by status and day wanted, searches titles, sponsors and contacts, and sorts', async () => {
    const a = await submitRequest(temp.store, record, ana, form({ title: 'Blue carbon', expectedAttendance: '30' }));
    const b = await submitRequest(temp.store, record, ben, form({ title: 'Aquifers', sponsors: 'Chile', contactName: 'Beatriz Souza', expectedAttendance: '90', choices: [{ date: '2031-05-12', start: '13:15', end: '14:45' }] }));
    const c = await submitRequest(temp.store, record, ana, form({ title: 'Mangroves', expectedAttendance: '' }));
    await acceptRequest(temp.store, record, editor, c.id, '', 1);
    const ids = async (query: Parameters<typeof listRequests>[3]) => (await listRequests(temp.store, record, editor, query)).map((row) => row.request.id);
    assert.deepEqual(await ids({}), [a.id, b.id, c.id]);
    assert.deepEqual(await ids({ sort: 'title' }), [b.id, a.id, c.id]);
    assert.deepEqual(await ids({ sort: 'attendance' }), [b.id, a.id, c.id]);
    assert.deepEqual(await ids({ status: 'accepted' }), [c.id]);
    assert.deepEqual(await ids({ day: '2031-05-13' }), [a.id, c.id]);
    assert.deepEqual(await ids({ q: 'chile' }), [b.id]);
    assert.deepEqual(await ids({ q: 'souza' }), [b.id]);
    assert.deepEqual(await ids({ q: 'CARBON' }), [a.id]);
    const bad = await refusal(() => listRequests(temp.store, record, editor, { status: 'lost', day: 'tuesday', sort: 'size' }));
    assert.deepEqual(bad.problems.map((problem) => problem.where), ['status', 'day', 'sort']);
    assert.equal((await refusal(() => listRequests(temp.store, record, testActor('x', 'organiser')))).code, 'AGORA_FORBIDDEN');
  });

  test('accepting and declining store the message and queue a mail to the organiser', async () => {
    const a = await submitRequest(temp.store, record, ana, form());
    const b = await submitRequest(temp.store, record, ben, form({ title: 'Aquifers' }));
    const accepted = await acceptRequest(temp.store, record, editor, a.id, 'A room will follow.', 1);
    assert.equal(accepted.status, 'accepted');
    assert.equal(accepted.decisionMessage, 'A room will follow.');
    const noReason = await refusal(() => declineRequest(temp.store, record, editor, b.id, '  ', 1));
    assert.equal(noReason.problems[0]?.where, 'message');
    const declined = await declineRequest(temp.store, record, editor, b.id, 'The week is full.', 1);
    assert.equal(declined.status, 'declined');
    const mails = await outbox();
    assert.deepEqual(mails.map((mail) => [mail.to_address, mail.reason]), [['ana@org.test', 'request-accepted'], ['ben@org.test', 'request-declined']]);
    assert.match(mails[0]!.body, /A room will follow\./);
    assert.match(mails[1]!.body, /The week is full\./);
  });

  test('two reviewers deciding from the same version: the second is refused and nothing is overwritten', async () => {
    const a = await submitRequest(temp.store, record, ana, form());
    await acceptRequest(temp.store, record, editor, a.id, 'Yes.', 1);
    const stale = await refusal(() => declineRequest(temp.store, record, testActor('other@agora.test', 'editor'), a.id, 'No.', 1));
    assert.equal(stale.code, 'AGORA_STALE_REVISION');
    const [row] = await listRequests(temp.store, record, editor);
    assert.equal(row?.request.status, 'accepted');
    assert.equal(row?.request.decisionMessage, 'Yes.');
    assert.equal((await outbox()).length, 1);
  });

  test('scheduling makes a side-event entry with the request\'s sponsors, title and a refreshments note, links it and tells the organiser the time and venue', async () => {
    const a = await submitRequest(temp.store, record, ana, form());
    await acceptRequest(temp.store, record, editor, a.id, '', 1);
    const before = (await temp.store.readProgramme(record.id)).record.revision;
    const { entry, request, revision } = await scheduleRequest(temp.store, record, editor, a.id, { date: '2031-05-13', start: '15:00', end: '16:30', venue: 'R2', saveAnyway: false }, 2);
    assert.equal(request.status, 'scheduled');
    assert.equal(request.entryId, entry.id);
    assert.equal(entry.kind, 'side-event');
    assert.deepEqual(entry.sponsors, ['Portugal', 'Wetlands International']);
    assert.equal(entry.title, 'Saltmarsh restoration in practice');
    assert.equal(entry.expectedAttendance, 60);
    assert.deepEqual([entry.date, entry.start, entry.end, entry.venue], ['2031-05-13', '15:00', '16:30', 'R2']);
    const { programme } = await temp.store.readProgramme(record.id);
    const note = programme.notes.find((candidate) => entry.notes.includes(candidate.id));
    assert.equal(note?.text, 'Refreshments will be provided before the event.');
    // One note change, then the entry's own change, which names the request.
    const changes = await temp.store.changesSince(record.id, before);
    assert.deepEqual(changes.map((change) => change.kind), ['note', 'add']);
    assert.equal(changes[1]?.revision, revision);
    assert.deepEqual(changes[1]?.meta.request, { id: a.id });
    const mail = (await outbox()).at(-1)!;
    assert.equal(mail.reason, 'request-scheduled');
    assert.equal(mail.to_address, 'ana@org.test');
    assert.match(mail.body, /Tuesday, 13 May 2031, 15:00–16:30/);
    assert.match(mail.body, /Venue: R2/);
    const own = await readOwnRequest(temp.store, record, ana, a.id);
    assert.equal(own.entry?.venue, 'R2');

    // A second request wanting refreshments before finds the same note instead of adding another.
    const b = await submitRequest(temp.store, record, ben, form({ title: 'Aquifers' }));
    await acceptRequest(temp.store, record, editor, b.id, '', 1);
    const second = await scheduleRequest(temp.store, record, editor, b.id, { date: '2031-05-12', start: '18:15', end: '19:45', venue: 'R1', saveAnyway: false }, 2);
    assert.deepEqual(second.entry.notes, entry.notes);
  });

  test('scheduling into a booked room is refused with the conflict and nothing written, not even the refreshments note, unless saved anyway', async () => {
    const a = await submitRequest(temp.store, record, ana, form({ refreshments: 'after' }));
    await acceptRequest(temp.store, record, editor, a.id, '', 1);
    const before = await temp.store.readProgramme(record.id);
    const clash = await refusal(() => scheduleRequest(temp.store, record, editor, a.id, { date: '2031-05-12', start: '13:30', end: '14:30', venue: 'R1', saveAnyway: false }, 2));
    assert.equal(clash.code, 'AGORA_CONFLICT_REFUSED');
    assert.match(clash.problems[0]?.message ?? '', /R1/);
    const after = await temp.store.readProgramme(record.id);
    assert.equal(after.record.revision, before.record.revision, 'no commit at all');
    assert.deepEqual(after.programme.notes, before.programme.notes);
    const still = (await listRequests(temp.store, record, editor))[0]!.request;
    assert.deepEqual([still.status, still.entryId, still.version], ['accepted', null, 2]);
    assert.equal((await outbox()).filter((mail) => mail.reason === 'request-scheduled').length, 0);
    const anyway = await scheduleRequest(temp.store, record, editor, a.id, { date: '2031-05-12', start: '13:30', end: '14:30', venue: 'R1', saveAnyway: true }, 2);
    assert.equal(anyway.request.status, 'scheduled');
    assert.ok(anyway.conflicts.some((finding) => finding.severity === 'error'));
  });

  test('scheduling with a bad target or a request not accepted names the field and changes nothing', async () => {
    const a = await submitRequest(temp.store, record, ana, form());
    const notAccepted = await refusal(() => scheduleRequest(temp.store, record, editor, a.id, { date: '2031-05-13', start: '15:00', end: '16:00', venue: 'R2', saveAnyway: false }, 1));
    assert.equal(notAccepted.problems[0]?.where, 'status');
    await acceptRequest(temp.store, record, editor, a.id, '', 1);
    const before = (await temp.store.readProgramme(record.id)).record.revision;
    const bad = await refusal(() => scheduleRequest(temp.store, record, editor, a.id, { date: '13 May', start: '15:00', end: '14:00', venue: 'Atrium', saveAnyway: false }, 2));
    assert.deepEqual(bad.problems.map((problem) => problem.where), ['date', 'end', 'venue']);
    assert.equal((await temp.store.readProgramme(record.id)).record.revision, before);
  });
});
