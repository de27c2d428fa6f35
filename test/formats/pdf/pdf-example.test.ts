import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { renderPdf } from '../../../src/formats/pdf/index.ts';
import type { ExportContext } from '../../../src/formats/export-context.ts';
import type { Programme } from '../../../src/model/programme.ts';
import { pdfFonts, pdfInfo, pdfText, renderPages, skipWithoutPoppler } from '../../support/poppler.ts';
import { exampleProgramme, firstOutOfOrder, normalised, printedLabels } from '../../support/printed-text.ts';
import { skipWithoutShared } from '../../support/shared-fixture.ts';

const CONTEXT: ExportContext = {
  slug: 'cop6',
  revision: 14,
  generatedAt: '2012-10-12T07:30:00.000Z',
  baseUrl: 'https://agora.example/c/cop6',
  sequences: new Map(),
};

describe('the example printed as PDF', { skip: skipWithoutShared() || skipWithoutPoppler() }, () => {
  let programme: Programme;
  let pdf: Buffer;
  let text: string;
  before(async () => {
    programme = exampleProgramme();
    pdf = await renderPdf(programme, CONTEXT);
    text = pdfText(pdf);
  });

  test('is an A4 portrait PDF: a cover, the PROGRAMME pages, the SIDE EVENTS pages', () => {
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
    const { pages, pageSize } = pdfInfo(pdf);
    assert.match(pageSize, /^595\.2\d* x 841\.8\d* pts \(A4\)/);
    assert.ok(pages >= 4 && pages <= 6, `${pages} pages`);
    assert.equal(firstOutOfOrder(text, ['UNODC', 'United Nations Office on Drugs and Crime', 'Conference of the Parties', 'Programme']), null);
    assert.equal(firstOutOfOrder(text, ['Sixth session of the Conference of the Parties', '15–19 October 2012, Vienna', "organized crime: Let's put them"]), null);
  });

  // pdftotext reads a table's cells in an order of its own across a row, so order is checked column by column.
  test('has every entry, plenary, parallel and side event, each column in programme order', () => {
    const labels = (kind: string) => programme.entries.filter((entry) => entry.kind === kind).flatMap(printedLabels);
    const [plenary, parallel, sideEvents] = [labels('plenary'), labels('parallel'), labels('side-event')];
    assert.deepEqual([plenary.length, parallel.length, sideEvents.length], [19, 6, 21], 'two side events are split panels of two parts');
    assert.equal(firstOutOfOrder(text, ['PROGRAMME', ...plenary, 'SIDE EVENTS']), null);
    assert.equal(firstOutOfOrder(text, ['PROGRAMME', ...parallel, 'SIDE EVENTS']), null);
    assert.equal(firstOutOfOrder(text, ['SIDE EVENTS', ...sideEvents]), null);
  });

  test('prints the times, the day bands and "(continued)" as the example does', () => {
    assert.equal(firstOutOfOrder(text, ['MONDAY, 15 OCTOBER', '10 a.m. - 1 p.m.', 'Item 1 (a). Opening of the session', '3 - 6 p.m.']), null);
    assert.equal(firstOutOfOrder(text, ['FRIDAY, 19 OCTOBER', 'Item 5. Technical assistance (continued)']), null);
    assert.equal(firstOutOfOrder(text, ['Time', 'Venue', 'Side event', 'Description', 'MONDAY, 15 OCTOBER', '1 - 2 p.m.', 'Boardroom A']), null);
  });

  test('names every venue and prints every description', () => {
    for (const venue of programme.venues) assert.ok(normalised(text).includes(venue.name), venue.name);
    const descriptions = programme.entries.flatMap((entry) => [entry.description, ...entry.parts.map((part) => part.description)]);
    for (const description of descriptions) if (description !== null) assert.ok(normalised(text).includes(normalised(description)), description);
  });

  test('marks side events with footnote markers in first-use order and prints both footnotes and the notice', () => {
    assert.equal(firstOutOfOrder(text, ['human trafficking *', 'Criminal Matters *', 'Migrant Workers **']), null);
    assert.ok(normalised(text).includes('* Refreshments will be provided before the event.'));
    assert.ok(normalised(text).includes('** Refreshments will be provided after the event.'));
    assert.ok(normalised(text).includes('Please note that venues and times of side events may be subject to changes.'));
  });

  test('numbers its pages and ends with the live programme, the revision and the time printed in Vienna', () => {
    const { pages } = pdfInfo(pdf);
    assert.ok(text.includes(`Page ${pages} of ${pages}`));
    assert.ok(text.includes('Revision 14'));
    const end = normalised(text.slice(text.lastIndexOf('SIDE EVENTS')));
    assert.ok(end.includes('https://agora.example/c/cop6/'), 'the live programme is on the last page');
    assert.ok(end.includes('Programme revision 14, printed 12 October 2012, 09:30 CEST.'), end);
  });

  test('embeds Noto Sans (regular, bold, italic) and no standard PDF font', () => {
    const fonts = pdfFonts(pdf);
    assert.ok(fonts.length >= 3, fonts.join('\n'));
    for (const font of fonts) {
      assert.match(font, /NotoSans/, font);
      assert.match(font, /\byes\s+yes\b/, `embedded and subset: ${font}`);
    }
    assert.ok(fonts.some((font) => /Italic/.test(font)), 'descriptions are in the italic face');
  });

  test('renders every page to an image', () => {
    const images = renderPages(pdf);
    assert.equal(images.length, pdfInfo(pdf).pages);
    for (const image of images) assert.equal(image.subarray(1, 4).toString('latin1'), 'PNG');
  });
});
