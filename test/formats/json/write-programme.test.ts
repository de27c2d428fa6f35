import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { toAgoraJson, writeProgrammeJson } from '../../../src/formats/json/index.ts';
import { plainSampleProgramme, sampleProgramme } from './sample-programme.ts';

const TOP_KEYS = ['format', 'conference', 'venues', 'notes', 'entries'];
const CONFERENCE_KEYS = ['title', 'session', 'organizer', 'organizerShort', 'city', 'timeZone', 'startDate', 'endDate', 'theme', 'notice'];
const VENUE_KEYS = ['id', 'name', 'building', 'capacity'];
const NOTE_KEYS = ['id', 'text'];
const ENTRY_KEYS = ['id', 'kind', 'date', 'start', 'end', 'venue', 'agendaItem', 'title', 'continued', 'sponsors', 'description', 'notes', 'parts', 'status'];
const PART_KEYS = ['label', 'sponsors', 'title', 'description'];

describe('writing Agora JSON', () => {
  test('a programme without the optional facts has exactly the keys of agora-programme/1, in order', () => {
    const written = JSON.parse(writeProgrammeJson(plainSampleProgramme())) as Record<string, unknown>;
    assert.deepEqual(Object.keys(written), TOP_KEYS);
    assert.equal(written.format, 'agora-programme/1');
    assert.deepEqual(Object.keys(written.conference as object), CONFERENCE_KEYS);
    for (const venue of written.venues as object[]) assert.deepEqual(Object.keys(venue), VENUE_KEYS);
    for (const note of written.notes as object[]) assert.deepEqual(Object.keys(note), NOTE_KEYS);
    const entries = written.entries as Array<{ parts: object[] }>;
    assert.equal(entries.length, 8);
    for (const entry of entries) {
      assert.deepEqual(Object.keys(entry), ENTRY_KEYS);
      for (const part of entry.parts) assert.deepEqual(Object.keys(part), PART_KEYS);
    }
  });

  test('opening hours and expected attendance are written only where they carry something, after the fixed keys', () => {
    const document = toAgoraJson(sampleProgramme());
    assert.deepEqual(Object.keys(document.venues[0] ?? {}), [...VENUE_KEYS, 'openingHours']);
    assert.deepEqual(document.venues[1]?.openingHours, [
      { date: '2031-03-24', start: '09:00', end: '18:00' },
      { date: '2031-03-25', start: '12:00', end: '17:30' },
    ]);
    assert.equal('openingHours' in (document.venues[2] ?? {}), false, 'a venue with no opening hours has no openingHours key');
    const sediment = document.entries.find((entry) => entry.id === 'slovenia-sediment');
    assert.deepEqual(Object.keys(sediment ?? {}), [...ENTRY_KEYS, 'expectedAttendance']);
    assert.equal(sediment?.expectedAttendance, 45);
    const others = document.entries.filter((entry) => entry.id !== 'slovenia-sediment');
    for (const entry of others) assert.equal('expectedAttendance' in entry, false, entry.id);
  });

  test('the text is indented by two spaces and ends with one newline', () => {
    const text = writeProgrammeJson(sampleProgramme());
    assert.ok(text.startsWith('{\n  "format": "agora-programme/1",\n  "conference": {\n    "title": '));
    assert.ok(text.endsWith('}\n') && !text.endsWith('\n\n'));
  });

  test('unknown facts are written as null, never left out or invented', () => {
    const document = toAgoraJson(sampleProgramme());
    const unannounced = document.entries.find((entry) => entry.id === 'to-be-announced');
    assert.deepEqual(
      [unannounced?.date, unannounced?.start, unannounced?.end, unannounced?.venue, unannounced?.agendaItem, unannounced?.description],
      [null, null, null, null, null, null],
    );
    assert.deepEqual(document.venues[2], { id: 'krka-room', name: 'Krka Room', building: null, capacity: null });
  });

  test('the document shares no lists with the programme, so changing one leaves the other alone', () => {
    const programme = sampleProgramme();
    const document = toAgoraJson(programme);
    document.entries[4]?.sponsors.push('Someone else');
    document.entries[5]?.parts[0]?.sponsors.pop();
    assert.deepEqual(programme, sampleProgramme());
  });

  test('a stored entry\'s revision is not written: the format holds the programme, not the store', () => {
    const programme = sampleProgramme();
    const stored = { ...programme, entries: programme.entries.map((entry) => ({ ...entry, revision: 7 })) };
    assert.equal(writeProgrammeJson(stored), writeProgrammeJson(programme));
  });

  test('writing the same programme twice gives the same text', () => {
    assert.equal(writeProgrammeJson(sampleProgramme()), writeProgrammeJson(sampleProgramme()));
  });
});
