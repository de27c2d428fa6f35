import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readTimeCell, writeTimeCell } from '../../src/document/time-cell.ts';

function read(text: string): string {
  const reading = readTimeCell(text);
  if (!reading.ok) assert.fail(reading.message);
  return `${reading.value.start}-${reading.value.end}`;
}

describe('time cells', () => {
  test('are read in every UN style: hyphen or en dash, spaced or not, a.m./p.m. or am/pm, minutes after a dot', () => {
    const cases: [string, string][] = [
      ['10 a.m. - 1 p.m.', '10:00-13:00'],
      ['3-6 p.m.', '15:00-18:00'],
      ['1 - 2 p.m.', '13:00-14:00'],
      ['9 - 10 a.m.', '09:00-10:00'],
      ['1.15 - 2.45 p.m.', '13:15-14:45'],
      ['8.30 - 9.30 a.m.', '08:30-09:30'],
      ['3–6 p.m.', '15:00-18:00'],
      ['10 a.m.–1 p.m.', '10:00-13:00'],
      ['1.15–2.45 p.m.', '13:15-14:45'],
      ['11 am - 1.15 pm', '11:00-13:15'],
      ['8.30 - 9.30 am', '08:30-09:30'],
      ['9 AM - 12 PM', '09:00-12:00'],
    ];
    for (const [text, range] of cases) assert.equal(read(text), range, text);
  });

  test('take the end\'s half of the day for the start unless that puts the start after the end; 12 p.m. is noon', () => {
    assert.equal(read('12.30 - 1.30 p.m.'), '12:30-13:30');
    assert.equal(read('11 - 1 p.m.'), '11:00-13:00');
    assert.equal(read('11.30 - 12 p.m.'), '11:30-12:00');
    assert.equal(read('11 a.m. - 12 p.m.'), '11:00-12:00');
    assert.equal(read('12 - 1 p.m.'), '12:00-13:00');
  });

  test('refuse forms Agora does not know, saying how to write them', () => {
    for (const text of ['3 to 6 pm', '15:00-18:00', '3 - 6', 'afternoon', '13 - 14 p.m.', '1.75 - 2 p.m.', '4 p.m. - 2 p.m.']) {
      const reading = readTimeCell(text);
      assert.equal(reading.ok, false, text);
      if (!reading.ok) {
        assert.match(reading.message, new RegExp(`^"${text.replace(/[.]/g, '\\.')}"`), 'the message quotes the cell');
        assert.match(reading.message, /"3 - 6 p\.m\."/, 'the message shows how to write it');
      }
    }
  });

  test('are written in the UN style with the start\'s suffix only when it differs', () => {
    const cases: [string, string, string][] = [
      ['10:00', '13:00', '10 a.m. - 1 p.m.'],
      ['15:00', '18:00', '3 - 6 p.m.'],
      ['13:15', '14:45', '1.15 - 2.45 p.m.'],
      ['12:30', '13:30', '12.30 - 1.30 p.m.'],
      ['08:30', '09:30', '8.30 - 9.30 a.m.'],
      ['11:00', '12:00', '11 a.m. - 12 p.m.'],
      ['11:30', '13:15', '11.30 a.m. - 1.15 p.m.'],
    ];
    for (const [start, end, text] of cases) {
      assert.equal(writeTimeCell(start, end), text);
      assert.equal(read(text), `${start}-${end}`, `${text} reads back`);
    }
  });
});
