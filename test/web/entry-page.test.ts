import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { TestServer } from '../support/test-server.ts';
import { visibleText } from './html.ts';
import { getPage, isHtml, startWebServer } from './web-server.ts';

describe('an entry page', () => {
  let server: TestServer;
  before(async () => {
    server = await startWebServer();
  });
  after(() => server.close());

  test('shows all its facts, its notes as text, its status, "Add to calendar" and a star', async () => {
    const response = await getPage(server, '/entries/salt-marsh');
    assert.equal(response.statusCode, 200);
    assert.ok(isHtml(response));
    const text = visibleText(response.body);
    for (const expected of [
      'Salt marshes as carbon stores',
      'Kind Side event',
      'Status Scheduled',
      'Day Monday, 12 May 2031',
      'Time 13:00–14:00',
      'Venue R1 (building R, 80 seats)',
      'Sponsors Portugal / Tidal Trust',
      'Field results from three estuaries.',
      'A light lunch is served before the event.',
      'Add to calendar (.ics)',
    ]) {
      assert.ok(text.includes(expected), `the page says "${expected}"`);
    }
    assert.match(response.body, /<a class="button" href="\/entries\/salt-marsh\.ics" download="salt-marsh\.ics">/);
    assert.match(response.body, /<button type="button" class="star" data-star="salt-marsh"[^>]* hidden>/, 'the star waits, hidden, for the client script');
    assert.match(response.body, /<a href="\/days\/2031-05-12">Back to Monday, 12 May 2031<\/a>/);
  });

  test('shows a plenary item by its number and says when it is carried on', async () => {
    const { body } = await getPage(server, '/entries/general-cont');
    assert.match(body, /<h1>Item 2\. General discussion <i class="continued">\(continued\)<\/i><\/h1>/);
    assert.ok(visibleText(body).includes('Agenda item 2'));
    assert.ok(visibleText(body).includes('Continued Carried on from an earlier slot'));
  });

  test('shows each part of a split panel with its sponsors, title and description', async () => {
    const text = visibleText((await getPage(server, '/entries/lagoon-panel')).body);
    assert.ok(text.includes('Split panel: Lagoon fisheries / Venice tides'));
    assert.ok(text.includes('A) Tunisia / Lagoon Network: Lagoon fisheries How fishers share a lagoon.'));
    assert.ok(text.includes('B) Italy: Venice tides Barriers and their costs.'));
    assert.ok(text.includes('Tea is served after the event.'));
  });

  test('says plainly when the entry is cancelled', async () => {
    const { body } = await getPage(server, '/entries/cancelled-walk');
    assert.match(body, /<h1><s>Guided walk on the marsh<\/s><\/h1>/);
    const text = visibleText(body);
    assert.ok(text.includes('Cancelled This entry has been cancelled.'));
    assert.ok(text.includes('Status Cancelled'));
  });

  test('an unknown entry answers 404 in the same layout', async () => {
    const response = await getPage(server, '/entries/no-such-entry');
    assert.equal(response.statusCode, 404);
    assert.ok(isHtml(response));
    assert.match(response.body, /<nav class="site-nav"/);
    assert.ok(visibleText(response.body).includes('There is no entry “no-such-entry” in this programme.'));
  });

  test('leaves /entries/<id>.ics to the calendar export', async () => {
    const response = await getPage(server, '/entries/salt-marsh.ics');
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /^text\/calendar/, 'answered by the export, not the entry page');
    assert.equal(response.body.match(/BEGIN:VEVENT/g)?.length, 1);
  });
});
