import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Problem } from '../../../src/errors.ts';
import { readProgrammeJson, toAgoraJson, writeProgrammeJson } from '../../../src/formats/json/index.ts';
import { plainSampleProgramme, sampleProgramme } from './sample-programme.ts';

/** The sample as a plain JSON value, to be spoilt by a test. */
// Tests spoil the document in ways its type forbids (unknown fields, wrong types), so it is loosely typed here.
type Json = Record<string, any>;

function sampleDocument(): Json {
  return JSON.parse(writeProgrammeJson(sampleProgramme())) as Json;
}

/** The problems of a document that must be refused; fails the test if it is read. */
function problemsOf(input: unknown): Problem[] {
  const result = readProgrammeJson(input);
  assert.equal(result.ok, false, 'the input should have been refused');
  assert.equal('programme' in result, false, 'a refused input yields no programme');
  return result.ok ? [] : result.errors;
}

/** The one problem at `where`, failing with every problem listed when there is not exactly one. */
function problemAt(problems: Problem[], where: string): Problem {
  const found = problems.filter((problem) => problem.where === where);
  assert.equal(found.length, 1, `one problem at ${where}, got:\n${problems.map((p) => `${p.where}: ${p.message}`).join('\n')}`);
  return found[0] as Problem;
}

function spoilt(spoil: (document: Json) => void): Json {
  const document = sampleDocument();
  spoil(document);
  return document;
}

describe('reading Agora JSON', () => {
  test('a programme written and read back is the same programme', () => {
    const result = readProgrammeJson(writeProgrammeJson(sampleProgramme()));
    assert.ok(result.ok, JSON.stringify(result));
    assert.deepStrictEqual(result.programme, sampleProgramme());
  });

  test('a programme without the optional facts round-trips too, and they read back as none and unknown', () => {
    const result = readProgrammeJson(writeProgrammeJson(plainSampleProgramme()));
    assert.ok(result.ok);
    assert.deepStrictEqual(result.programme, plainSampleProgramme());
    for (const venue of result.programme.venues) assert.deepEqual(venue.openingHours, []);
    for (const entry of result.programme.entries) assert.equal(entry.expectedAttendance, null);
  });

  test('an already-parsed document is read like its text', () => {
    const result = readProgrammeJson(toAgoraJson(sampleProgramme()));
    assert.ok(result.ok);
    assert.deepStrictEqual(result.programme, sampleProgramme());
  });

  test('the programme read shares nothing with the document given', () => {
    const document = sampleDocument();
    const result = readProgrammeJson(document);
    assert.ok(result.ok);
    document.entries[4].sponsors.push('Someone else');
    assert.deepStrictEqual(result.programme, sampleProgramme());
  });

  test('text starting with a byte-order mark is read', () => {
    assert.equal(readProgrammeJson(`\uFEFF${writeProgrammeJson(sampleProgramme())}`).ok, true);
  });

  test('an entry that ends before it starts is read: that is a conflict to report, not a broken document', () => {
    const result = readProgrammeJson(spoilt((document) => Object.assign(document.entries[0], { start: '13:00', end: '10:00' })));
    assert.ok(result.ok);
    assert.equal(result.programme.entries[0]?.end, '10:00');
  });

  test('an entry may name a venue the venue list does not have (venues are matched by name elsewhere)', () => {
    assert.equal(readProgrammeJson(spoilt((document) => (document.entries[4].venue = 'Room 7'))).ok, true);
  });
});

describe('refusing Agora JSON, each problem at the JSON pointer of what is wrong', () => {
  test('a time that is not a 24-hour HH:MM is refused at the time', () => {
    const problem = problemAt(problemsOf(spoilt((document) => (document.entries[3].start = '25:00'))), '/entries/3/start');
    assert.equal(problem.message, '"25:00" is not a time; write HH:MM on a 24-hour clock, such as "14:00"');
  });

  test('an opening-hours time without a leading zero is refused at that time', () => {
    const problems = problemsOf(spoilt((document) => (document.venues[1].openingHours[1].end = '5:30')));
    assert.match(problemAt(problems, '/venues/1/openingHours/1/end').message, /"5:30" is not a time/);
  });

  test('a date that is not on the calendar (2012-02-30) is refused at the date', () => {
    const problem = problemAt(problemsOf(spoilt((document) => (document.entries[2].date = '2012-02-30'))), '/entries/2/date');
    assert.match(problem.message, /"2012-02-30" is not a day of the calendar/);
  });

  test('a date not written YYYY-MM-DD is refused at the date, once', () => {
    const problem = problemAt(problemsOf(spoilt((document) => (document.conference.endDate = '26/03/2031'))), '/conference/endDate');
    assert.equal(problem.message, '"26/03/2031" is not a date; write YYYY-MM-DD, such as "2012-10-15"');
  });

  test('an unknown kind is refused with the kinds there are', () => {
    const problem = problemAt(problemsOf(spoilt((document) => (document.entries[0].kind = 'workshop'))), '/entries/0/kind');
    assert.match(problem.message, /^must be one of plenary, parallel, side-event; found "workshop"$/);
  });

  test('an unknown status is refused with the statuses there are', () => {
    const problem = problemAt(problemsOf(spoilt((document) => (document.entries[6].status = 'postponed'))), '/entries/6/status');
    assert.match(problem.message, /must be one of scheduled, cancelled/);
  });

  test('an unknown field is refused at its object, with the field it most likely stands for', () => {
    const problems = problemsOf(
      spoilt((document) => {
        document.entries[2].room = document.entries[2].venue;
        delete document.entries[2].venue;
      }),
    );
    assert.equal(problemAt(problems, '/entries/2').message, 'unknown field "room"; did you mean "venue"?');
    assert.equal(problems.length, 1, 'the missing "venue" is the same mistake and is not reported twice');
  });

  test('a misspelt field is matched by its spelling', () => {
    const problems = problemsOf(spoilt((document) => (document.venues[0].Capacityy = 3)));
    assert.equal(problemAt(problems, '/venues/0').message, 'unknown field "Capacityy"; remove it (a venue has only the fields id, name, building, capacity, openingHours)');
    const renamed = problemsOf(
      spoilt((document) => {
        document.entries[0].agenda_item = document.entries[0].agendaItem;
        delete document.entries[0].agendaItem;
      }),
    );
    assert.equal(problemAt(renamed, '/entries/0').message, 'unknown field "agenda_item"; did you mean "agendaItem"?');
  });

  test('an unknown field with no likely meaning is refused with the fields there are', () => {
    const problem = problemAt(problemsOf(spoilt((document) => (document.notes[0].colour = 'red'))), '/notes/0');
    assert.equal(problem.message, 'unknown field "colour"; remove it (a note has only the fields id, text)');
  });

  test('a missing required field is refused at its object, saying what to write', () => {
    const problems = problemsOf(spoilt((document) => delete document.entries[5].parts[1].description));
    assert.equal(
      problemAt(problems, '/entries/5/parts/1').message,
      'missing field "description"; a split-panel part needs it: text, or null when it is not known',
    );
    const noVenues = problemsOf(spoilt((document) => delete document.venues));
    assert.match(problemAt(noVenues, '/').message, /^missing field "venues"; the document needs it: a list/);
  });

  test('a value of the wrong type is refused saying what the field takes', () => {
    const problems = problemsOf(spoilt((document) => (document.entries[1].continued = 'yes')));
    assert.equal(problemAt(problems, '/entries/1/continued').message, 'must be true or false; found "yes"');
    const attendance = problemsOf(spoilt((document) => (document.entries[4].expectedAttendance = 12.5)));
    assert.match(problemAt(attendance, '/entries/4/expectedAttendance').message, /must be a whole number, 0 or more, or null/);
  });

  test('a duplicate entry id is refused at the second, naming the first', () => {
    const problem = problemAt(problemsOf(spoilt((document) => (document.entries[6].id = 'item-2'))), '/entries/6/id');
    assert.equal(problem.message, '"item-2" is already the id of /entries/1; give each entry its own id');
  });

  test('duplicate venue ids and venue names are refused', () => {
    const problems = problemsOf(
      spoilt((document) => {
        document.venues[2].id = 'hall-c';
        document.venues[1].name = 'Hall C';
      }),
    );
    assert.match(problemAt(problems, '/venues/2/id').message, /already the id of \/venues\/0/);
    assert.match(problemAt(problems, '/venues/1/name').message, /already the name of \/venues\/0/);
  });

  test('a duplicate note id is refused', () => {
    const problem = problemAt(problemsOf(spoilt((document) => (document.notes[1].id = 'lunch-provided'))), '/notes/1/id');
    assert.match(problem.message, /already the id of \/notes\/0; give each note its own id/);
  });

  test('a reference to a note that does not exist is refused at the reference', () => {
    const problem = problemAt(problemsOf(spoilt((document) => (document.entries[4].notes[1] = 'coffee'))), '/entries/4/notes/1');
    assert.equal(
      problem.message,
      'there is no note with the id "coffee" (the notes are "lunch-provided", "interpretation"); add it to /notes or remove the reference',
    );
  });

  test('a plenary agenda item that is not an item number is refused', () => {
    const problem = problemAt(problemsOf(spoilt((document) => (document.entries[1].agendaItem = 'Item two'))), '/entries/1/agendaItem');
    assert.match(problem.message, /"Item two" is not an agenda-item number; write a number with an optional letter, such as "2" or "2 \(b\)"/);
  });

  test('an unknown time zone is refused at the zone', () => {
    const problem = problemAt(problemsOf(spoilt((document) => (document.conference.timeZone = 'Europe/Lubljana'))), '/conference/timeZone');
    assert.match(problem.message, /"Europe\/Lubljana" is not a time zone this system knows; write an IANA zone name/);
  });

  test('a wrong format string is refused at /format', () => {
    const problem = problemAt(problemsOf(spoilt((document) => (document.format = 'agora-programme'))), '/format');
    assert.equal(problem.message, 'must be "agora-programme/1", the name of this format; found "agora-programme"');
    const newer = problemAt(problemsOf(spoilt((document) => (document.format = 'agora-programme/2'))), '/format');
    assert.match(newer.message, /newer version of the format than this Agora reads/);
  });

  test('text that is not JSON gives one problem naming the line and column where reading stopped', () => {
    const text = writeProgrammeJson(sampleProgramme()).replace('"city": "Ljubljana",', '"city": "Ljubljana"');
    const problems = problemsOf(text);
    assert.equal(problems.length, 1);
    const line = text.split('\n').findIndex((row) => row.includes('"timeZone"')) + 1;
    assert.equal(problems[0]?.where, '/');
    assert.match(problems[0]?.message ?? '', new RegExp(`^the text is not valid JSON: reading stopped at line ${line}, column 5, where a comma or a closing \\} was expected but found """`));
  });

  test('a document that is not an object is refused at the root', () => {
    assert.equal(problemAt(problemsOf('[]'), '/').message, 'must be an object in curly brackets { }; found a list');
  });

  test('every problem is returned, not only the first, grouped by where it is', () => {
    const problems = problemsOf(
      spoilt((document) => {
        document.entries[7].start = '7pm';
        document.entries[0].kind = 'opening';
        document.conference.timeZone = 'Mars/Olympus';
        document.notes.push({ id: 'interpretation', text: 'Said twice.' });
        document.entries[3].date = '2031-02-29';
        document.venues[0].capacity = -1;
      }),
    );
    assert.deepEqual(
      problems.map((problem) => problem.where),
      ['/conference/timeZone', '/venues/0/capacity', '/notes/2/id', '/entries/0/kind', '/entries/3/date', '/entries/7/start'],
    );
  });
});
