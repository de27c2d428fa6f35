import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { describeChange, type LiveChangeData } from '../../src/web/client/change-banner.ts';
import { en } from '../../src/web/messages.ts';
import { createEntry, type Entry } from '../../src/model/programme.ts';
import { wallClockFormat } from '../../src/web/wall-clock-format.ts';

const format = wallClockFormat(en.locale);
const eel = createEntry({ id: 'eel-routes', kind: 'side-event', title: 'Eel migration routes', date: '2031-05-12', start: '13:00', end: '14:00', venue: 'M3' });

function change(kind: string, before: Entry | null, after: Entry | null): LiveChangeData {
  return { revision: 2, kind, entryId: (after ?? before)?.id ?? null, before, after, reload: false };
}

describe('the change banner’s words for a change', () => {
  test('a move to another room: "moved to M7 (was M3)"', () => {
    assert.deepEqual(describeChange(change('move', eel, { ...eel, venue: 'M7' }), en, format), ['Eel migration routes moved to M7 (was M3)']);
  });

  test('a new start: "now 14:00 (was 13:00)"', () => {
    assert.deepEqual(describeChange(change('move', eel, { ...eel, start: '14:00', end: '15:00' }), en, format), ['Eel migration routes now 14:00 (was 13:00)']);
  });

  test('a new end alone shows the whole time', () => {
    assert.deepEqual(describeChange(change('update', eel, { ...eel, end: '14:30' }), en, format), ['Eel migration routes now 13:00–14:30 (was 13:00–14:00)']);
  });

  test('another day', () => {
    assert.deepEqual(describeChange(change('move', eel, { ...eel, date: '2031-05-13' }), en, format), ['Eel migration routes now on Tuesday 13 May (was Monday 12 May)']);
  });

  test('cancelled, restored, added, and any other edit', () => {
    const cancelled = { ...eel, status: 'cancelled' as const };
    assert.deepEqual(describeChange(change('cancel', eel, cancelled), en, format), ['Eel migration routes cancelled']);
    assert.deepEqual(describeChange(change('update', eel, cancelled), en, format), ['Eel migration routes cancelled']);
    assert.deepEqual(describeChange(change('restore', cancelled, eel), en, format), ['Eel migration routes restored']);
    assert.deepEqual(describeChange(change('add', null, eel), en, format), ['Eel migration routes added']);
    assert.deepEqual(describeChange(change('update', eel, { ...eel, description: 'New words.' }), en, format), ['Eel migration routes changed']);
  });

  test('a plenary item is named by its number; an import asks for a reload', () => {
    const item = createEntry({ id: 'opening', kind: 'plenary', agendaItem: '1 (a)', title: 'Opening of the session', date: '2031-05-12', start: '10:00', end: '13:00' });
    assert.deepEqual(describeChange(change('move', item, { ...item, start: '11:00', end: '14:00' }), en, format), ['Item 1 (a). Opening of the session now 11:00 (was 10:00)']);
    assert.deepEqual(describeChange({ revision: 3, kind: 'import', entryId: null, before: null, after: null, reload: true }, en, format), ['The whole programme was changed.']);
  });

  test('a venue, the conference\'s details or a footnote changed say so, not that the whole programme changed', () => {
    const whole = (kind: string) => describeChange({ revision: 4, kind, entryId: null, before: null, after: null, reload: true }, en, format);
    assert.deepEqual(whole('venue'), ['A venue’s details changed.']);
    assert.deepEqual(whole('settings'), ['The conference’s details changed.']);
    assert.deepEqual(whole('note'), ['A footnote changed.']);
  });

  test('a release is named', () => {
    const release = { id: 3, name: 'Update 3', comment: null } as unknown as Partial<Entry>;
    assert.deepEqual(describeChange({ revision: 5, kind: 'release', entryId: null, before: null, after: release, reload: true }, en, format), ['The secretariat published Update 3.']);
  });
});
