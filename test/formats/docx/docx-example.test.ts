import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { XMLValidator } from 'fast-xml-parser';
import { renderDocx } from '../../../src/formats/docx/index.ts';
import { markChangedSince } from '../../../src/formats/print/index.ts';
import type { Programme } from '../../../src/model/programme.ts';
import { autumnContext, autumnProgramme } from '../../support/autumn-programme.ts';
import { exampleProgramme, firstOutOfOrder, normalised, printedLabels } from '../../support/printed-text.ts';
import { skipWithoutShared } from '../../support/shared-fixture.ts';
import { zipEntries } from '../../support/zip-entries.ts';

/** The document's XML, read back out of the .docx. */
function documentXml(docx: Buffer): string {
  const xml = zipEntries(docx).get('word/document.xml');
  assert.ok(xml, 'the .docx holds word/document.xml');
  return xml.toString('utf8');
}

/** The text of the document, a line per paragraph, entities decoded. */
function documentText(xml: string): string {
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The text of the runs set in italics. */
function italicRuns(xml: string): string[] {
  return [...xml.matchAll(/<w:r>((?:(?!<\/w:r>).)*)<\/w:r>/gs)]
    .map((match) => match[1] ?? '')
    .filter((run) => /<w:i\/>|<w:i w:val="true"\/>/.test(run))
    .map((run) => documentText(run));
}

describe('the example as a Word document', { skip: skipWithoutShared() }, () => {
  let programme: Programme;
  let docx: Buffer;
  let xml: string;
  before(async () => {
    programme = exampleProgramme();
    docx = await renderDocx(programme, autumnContext({ slug: 'cop6', baseUrl: 'https://agora.example/c/cop6' }));
    xml = documentXml(docx);
  });

  test('is a zip package whose parts are well-formed XML', () => {
    const entries = zipEntries(docx);
    for (const name of ['[Content_Types].xml', 'word/document.xml', 'word/styles.xml']) {
      const part = entries.get(name);
      assert.ok(part, name);
      assert.equal(XMLValidator.validate(part.toString('utf8')), true, name);
    }
  });

  test('holds the two tables as Word tables with header rows that repeat on every page', () => {
    assert.equal(xml.match(/<w:tbl>/g)?.length, 2);
    assert.equal(xml.match(/<w:tblHeader\/>/g)?.length, 4, 'the heading row and the column names of each table');
    assert.equal(xml.match(/<w:cantSplit\/>/g)?.length, xml.match(/<w:tr>/g)?.length, 'no row splits across pages');
  });

  test('opens each day with one merged cell across the table', () => {
    const text = documentText(xml);
    for (const day of ['MONDAY, 15 OCTOBER', 'FRIDAY, 19 OCTOBER']) assert.equal(text.split(day).length - 1, 2, `${day} in both tables`);
    assert.equal(xml.match(/<w:gridSpan w:val="3"\/>/g)?.length, 6, 'PROGRAMME: the heading and five days');
    assert.equal(xml.match(/<w:gridSpan w:val="4"\/>/g)?.length, 6, 'SIDE EVENTS: the heading and five days');
  });

  test('has every entry in programme order, every venue, both footnotes and the notice', () => {
    const text = documentText(xml);
    const labels = (kind: string) => programme.entries.filter((entry) => entry.kind === kind).flatMap(printedLabels);
    assert.equal(firstOutOfOrder(text, ['PROGRAMME', ...labels('plenary'), 'SIDE EVENTS']), null);
    assert.equal(firstOutOfOrder(text, ['PROGRAMME', ...labels('parallel'), 'SIDE EVENTS']), null);
    assert.equal(firstOutOfOrder(text, ['SIDE EVENTS', ...labels('side-event'), '* Refreshments will be provided before the event.']), null);
    for (const venue of programme.venues) assert.ok(text.includes(venue.name), venue.name);
    assert.equal(firstOutOfOrder(text, ['** Refreshments will be provided after the event.', 'Please note that venues and times of side events']), null);
  });

  test('sets descriptions, "(continued)" and the column names in italics, as the print does', () => {
    const italics = italicRuns(xml).map(normalised);
    assert.ok(italics.includes('(continued)'));
    assert.ok(italics.includes('Time') && italics.includes('Side event'));
    const description = programme.entries.find((entry) => entry.description !== null)?.description ?? '';
    assert.ok(italics.includes(normalised(description)));
    assert.ok(!italics.some((run) => run.startsWith('Item ')), 'agenda items are upright');
  });

  test('ends with the live programme and the revision', () => {
    const text = normalised(documentText(xml));
    assert.ok(text.includes('Live programme: https://agora.example/c/cop6/'));
    assert.ok(text.includes('Programme revision 7, printed'));
  });
});

describe('a programme as a Word document', () => {
  test('leaves cancelled entries out, keeps the text exact and marks changed rows', async () => {
    const programme = autumnProgramme();
    const entries = programme.entries.map((entry) => ({ ...entry, revision: entry.id === 'dune-law' ? 9 : 3 }));
    const text = documentText(documentXml(await renderDocx(programme, autumnContext(), markChangedSince(entries, 5))));
    assert.ok(!text.includes('Eel passage at weirs'));
    assert.ok(text.includes('Tides <live> & "salt" \'marsh\' — São Tomé, Açores * **'));
    assert.equal(text.match(/◆ changed/g)?.length, 2, 'the changed row and the legend');
  });
});
