import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { syntheticProgramme } from '../../../bench/synthetic-programme.ts';
import { renderPdf } from '../../../src/formats/pdf/index.ts';
import { markChangedSince } from '../../../src/formats/print/index.ts';
import { autumnContext, autumnProgramme } from '../../support/autumn-programme.ts';
import { pdfInfo, pdfText, skipWithoutPoppler } from '../../support/poppler.ts';
import { normalised, printedLabels } from '../../support/printed-text.ts';

describe('printing a programme as PDF', { skip: skipWithoutPoppler() }, () => {
  test('leaves cancelled and untimed entries out and prints text with diacritics and markup characters as written', async () => {
    const text = normalised(pdfText(await renderPdf(autumnProgramme(), autumnContext())));
    assert.ok(!text.includes('Eel passage at weirs'), 'the cancelled side event is not printed');
    assert.ok(!text.includes('Reception (time to be announced)'), 'the side event without a time is not printed');
    assert.ok(text.includes(normalised('Associação Rías & Marés / Portugal: Tides <live> & "salt" \'marsh\' — São Tomé, Açores * **')));
    assert.ok(text.includes(normalised('Field notes, 2024–2025: "high water" & <low water>; ½ of sites, naïve models.')));
    assert.ok(text.includes('* Coffee is served before the event.'));
    assert.ok(text.includes('** Interpretation into French, Spanish & Portuguese.'));
    assert.ok(text.includes(normalised('Item 2 (b). Reports of the subsidiary bodies (continued)')));
  });

  test('prints the time of printing on the conference clock: Lisbon in summer time', async () => {
    const text = normalised(pdfText(await renderPdf(autumnProgramme(), autumnContext({ generatedAt: '2025-10-20T09:30:00.000Z' }))));
    assert.ok(text.includes('Programme revision 7, printed 20 October 2025, 10:30 WEST.'), text.slice(-300));
  });

  test('without a base URL, says where to ask for the live programme instead of a QR code', async () => {
    const text = normalised(pdfText(await renderPdf(autumnProgramme(), autumnContext({ baseUrl: null }))));
    assert.ok(text.includes('Live programme: ask the secretariat.'));
    assert.ok(!text.includes('https://'));
  });

  test('with a base URL, points to the live programme beside its QR code', async () => {
    const text = normalised(pdfText(await renderPdf(autumnProgramme(), autumnContext())));
    assert.ok(text.includes('Scan for the live programme, always up to date: https://agora.example/c/tides3/'));
  });

  test('marks the rows of entries changed since a revision, and says since which', async () => {
    const programme = autumnProgramme();
    const entries = programme.entries.map((entry) => ({ ...entry, revision: entry.id === 'dune-law' ? 9 : 3 }));
    const marked = normalised(pdfText(await renderPdf(programme, autumnContext(), markChangedSince(entries, 5))));
    assert.equal(marked.match(/\bchanged\b/g)?.length, 2, 'one row mark and the legend');
    assert.ok(marked.includes('changed since revision 5'));
    const mark = marked.indexOf('changed');
    assert.ok(mark > marked.indexOf('SUNDAY, 26 OCTOBER') && mark < marked.indexOf('Scan for the live programme'), 'the mark is on the changed row');
    const unmarked = normalised(pdfText(await renderPdf(programme, autumnContext())));
    assert.ok(!/\bchanged\b/.test(unmarked));
  });

  test('footnotes too many for the foot of every page follow the table once instead', async () => {
    const programme = autumnProgramme();
    programme.notes = Array.from({ length: 40 }, (_, index) => ({ id: `note-${index}`, text: `Note ${index + 1}: ${'a long explanation '.repeat(8)}` }));
    const tejo = programme.entries.find((entry) => entry.id === 'marsh-voices');
    if (tejo !== undefined) tejo.notes = programme.notes.map((note) => note.id);
    const text = normalised(pdfText(await renderPdf(programme, autumnContext())));
    assert.equal(text.split('Note 40:').length - 1, 1, 'each footnote once');
    assert.ok(text.includes(`${'*'.repeat(40)} Note 40:`));
    assert.ok(text.indexOf('Note 1:') > text.indexOf('Dune protection in national law'), 'after the table');
  });

  test('prints a programme of 2,000 entries with every scheduled entry on it', async () => {
    const programme = syntheticProgramme(2000, 7);
    const pdf = await renderPdf(programme, autumnContext({ slug: 'synthetic' }));
    const { pages } = pdfInfo(pdf);
    assert.ok(pages > 30, `${pages} pages`);
    const text = normalised(pdfText(pdf));
    const missing = programme.entries.flatMap(printedLabels).filter((label) => !text.includes(normalised(label)));
    assert.deepEqual(missing.slice(0, 5), []);
    assert.ok(text.includes(`Page ${pages} of ${pages}`));
  });
});
