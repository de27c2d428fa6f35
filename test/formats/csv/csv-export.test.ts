import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CSV_COLUMNS, csvField, exportCsv } from '../../../src/formats/csv/index.ts';
import { createEntry } from '../../../src/model/programme.ts';
import { autumnContext, autumnProgramme } from '../../support/autumn-programme.ts';
import { readCsv } from './rfc4180-reader.ts';

const BOM = '\uFEFF';

function rowsOf(text: string): Record<string, string>[] {
  assert.ok(text.startsWith(BOM));
  const [header, ...records] = readCsv(text.slice(BOM.length));
  assert.ok(header);
  return records.map((record) => Object.fromEntries(header.map((column, index) => [column, record[index] ?? ''])));
}

function rowWithId(text: string, id: string): Record<string, string> {
  const row = rowsOf(text).find((candidate) => candidate.id === id);
  assert.ok(row, `a row for ${id}`);
  return row;
}

describe('CSV export', () => {
  test('starts with a UTF-8 byte-order mark and the header row', () => {
    const text = exportCsv(autumnProgramme(), autumnContext());
    assert.ok(text.startsWith(`${BOM}id,kind,status,date,start,end,venue,agenda_item,title,continued,sponsors,description,notes\r\n`));
    assert.deepEqual(readCsv(text.slice(1))[0], [...CSV_COLUMNS]);
  });

  test('every record ends in CRLF and there is one per entry, cancelled and untimed ones included', () => {
    const text = exportCsv(autumnProgramme(), autumnContext());
    assert.ok(text.endsWith('\r\n'));
    const rows = rowsOf(text);
    assert.deepEqual(rows.map((row) => row.id), autumnProgramme().entries.map((entry) => entry.id));
    assert.equal(rowWithId(text, 'eel-passage').status, 'cancelled');
    assert.equal(rowWithId(text, 'reception').date, '');
  });

  test('commas, quotes and line breaks round-trip through an RFC 4180 reader', () => {
    const text = exportCsv(autumnProgramme(), autumnContext());
    const row = rowWithId(text, 'marsh-voices');
    assert.equal(row.title, 'Tides <live> & "salt" \'marsh\' — São Tomé, Açores');
    assert.equal(row.description, 'Field notes, 2024–2025:\n"high water" & <low water>; ½ of sites, naïve models.');
    assert.ok(text.includes('"Tides <live> & ""salt"" \'marsh\' — São Tomé, Açores"'));
  });

  test('a plenary row has its agenda item and whether it is continued', () => {
    const row = rowWithId(exportCsv(autumnProgramme(), autumnContext()), 'reports');
    assert.deepEqual([row.kind, row.agenda_item, row.continued, row.venue, row.start, row.end], ['plenary', '2 (b)', 'yes', '', '10:00', '13:00']);
  });

  test('sponsors, those of split-panel parts too, are joined by " / " and notes by " | " as their texts', () => {
    const text = exportCsv(autumnProgramme(), autumnContext());
    assert.equal(rowWithId(text, 'marsh-voices').sponsors, 'Associação Rías & Marés / Portugal');
    assert.equal(rowWithId(text, 'split-deltas').sponsors, 'Mozambique / Brazil');
    assert.equal(rowWithId(text, 'marsh-voices').notes, 'Coffee is served before the event. | Interpretation into French, Spanish & Portuguese.');
  });

  test('a value a spreadsheet would run as a formula is prefixed with a quote mark', () => {
    const programme = autumnProgramme();
    programme.entries.push(
      createEntry({ id: 'formula', kind: 'side-event', title: '=HYPERLINK("http://evil.example","click")', sponsors: ['+Plus', '-Minus', '@At'], description: '-1' }),
    );
    const row = rowWithId(exportCsv(programme, autumnContext()), 'formula');
    assert.equal(row.title, '\'=HYPERLINK("http://evil.example","click")');
    assert.equal(row.sponsors, "'+Plus / -Minus / @At");
    assert.equal(row.description, "'-1");
  });

  test('a field is quoted only when it holds a comma, a quote, CR or LF', () => {
    assert.equal(csvField('Sala Tejo'), 'Sala Tejo');
    assert.equal(csvField('a,b'), '"a,b"');
    assert.equal(csvField('say "hi"'), '"say ""hi"""');
    assert.equal(csvField('one\rtwo'), '"one\rtwo"');
    assert.equal(csvField('one\ntwo'), '"one\ntwo"');
    assert.equal(csvField('\tindent'), "'\tindent");
    assert.equal(csvField(''), '');
  });
});
