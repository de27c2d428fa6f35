/**
 * The 2012 programme of the Conference of the Parties (../shared/fixtures), read and served: its
 * day pages must read as the printed programme does.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { readProgrammeSource } from '../../src/app/read-source.ts';
import { EXAMPLE_PATH, readExample, skipWithoutShared } from '../support/shared-fixture.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';
import { elementWithClass, tableRows } from './html.ts';
import { getPage } from './web-server.ts';

const skip = skipWithoutShared();

describe('the 2012 printed programme on the web', { skip }, () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ programme: readProgrammeSource(readExample(), EXAMPLE_PATH).programme, slug: 'cop6' });
  });
  after(() => server?.close());

  test('Monday 15 October has its plenary items and working group by slot, as printed', async () => {
    const { statusCode, body } = await getPage(server, '/days/2012-10-15');
    assert.equal(statusCode, 200);
    assert.deepEqual(tableRows(elementWithClass(body, 'table', 'meetings')), [
      ['Time', 'Plenary', 'Parallel meeting'],
      ['10:00–13:00', 'Item 1 (a). Opening of the session', ''],
      ['Item 1 (b). Election of officers', ''],
      ['Item 1 (c). Adoption of the agenda and organization of work', ''],
      ['Item 1 (d). Participation of observers', ''],
      ['Item 1 (e). Adoption of the report of the Bureau on credentials', ''],
      ['Item 1 (f). General discussion', ''],
      [
        '15:00–18:00',
        'Item 2. Review of the implementation of the United Nations Convention against Transnational Organized Crime and the Protocols thereto',
        'Working Group on International Cooperation',
      ],
      ['Item 2 (a). United Nations Convention against Transnational Organized Crime', ''],
    ]);
    const sideEvents = tableRows(elementWithClass(body, 'table', 'side-events'));
    assert.deepEqual(
      sideEvents.map((row) => row.slice(0, 3)),
      [
        ['Time', 'Venue', 'Side event'],
        [
          '13:00–14:00',
          'Boardroom A',
          'Slovenia / Netherlands / Belgium: Initiative for a multilateral instrument on legal assistance and extradition relating to domestic prosecution of crimes of genocide, crimes against humanity, and war crimes',
        ],
        ['14:00–15:00', 'M3', 'Mexico: Mexico\'s security strategy for combating organized crime, and the prevention and eradication of human trafficking *'],
      ],
    );
  });

  test('Tuesday carries the working group on "(continued)", and Wednesday’s note keeps its printed marker', async () => {
    const tuesday = tableRows(elementWithClass((await getPage(server, '/days/2012-10-16')).body, 'table', 'meetings'));
    assert.deepEqual(tuesday[1], ['10:00–13:00', 'Item 2 (b). Trafficking in Persons Protocol', 'Working Group on International Cooperation (continued)']);
    const wednesday = (await getPage(server, '/days/2012-10-17')).body;
    assert.match(wednesday, /Presentation on Trafficking of Migrant Workers<\/a><sup class="note-marker"> <a href="#note-[^"]+" aria-label="Note \*\*">\*\*<\/a><\/sup>/);
    assert.match(wednesday, /<span class="note-marker">\*\*<\/span> Refreshments will be provided after the event\./);
  });
});
