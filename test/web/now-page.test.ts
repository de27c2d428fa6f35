import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { TestServer } from '../support/test-server.ts';
import { visibleText } from './html.ts';
import { getPage, isHtml, startWebServer } from './web-server.ts';

/** The ids a section of the page links, by its heading's id. */
function idsIn(body: string, headingId: string): string[] {
  const start = body.indexOf(`id="${headingId}"`);
  assert.ok(start !== -1, `the page has a section ${headingId}`);
  const section = body.slice(start, body.indexOf('</section>', start));
  return [...section.matchAll(/<p class="entry-name">(?:<s>)?<a href="\/entries\/([^"]+)"/g)].map((match) => match[1] as string);
}

describe('now and next', () => {
  let server: TestServer;
  before(async () => {
    server = await startWebServer();
  });
  after(() => server.close());

  test('?at during a side event lists what is on and what starts next that day', async () => {
    const response = await getPage(server, '/now?at=2031-05-12T13:30');
    assert.equal(response.statusCode, 200);
    assert.ok(isHtml(response));
    assert.deepEqual(idsIn(response.body, 'now-heading'), ['salt-marsh']);
    assert.deepEqual(idsIn(response.body, 'next-heading'), ['eel-routes']);
    const text = visibleText(response.body);
    assert.ok(text.includes('Monday, 12 May 2031, 13:30, Lisbon time'));
    assert.ok(text.includes('Next, from 14:00'));
    assert.ok(text.includes('This is a preview of another moment.'));
  });

  test('an event is on from its start up to, not including, its end', async () => {
    assert.deepEqual(idsIn((await getPage(server, '/now?at=2031-05-12T14:00')).body, 'now-heading'), ['eel-routes']);
    assert.deepEqual(idsIn((await getPage(server, '/now?at=2031-05-12T15:00')).body, 'now-heading'), ['general', 'general-b', 'wg-data']);
  });

  test('says so when nothing is on and nothing more comes that day', async () => {
    const text = visibleText((await getPage(server, '/now?at=2031-05-13T23:00')).body);
    assert.ok(text.includes('Nothing is on at the moment.'));
    assert.ok(text.includes('Nothing more is scheduled today.'));
  });

  test('outside the conference dates says when it opens or that it is over', async () => {
    assert.ok(visibleText((await getPage(server, '/now?at=2031-05-01T09:00')).body).includes('The conference has not started yet. It opens on Monday, 12 May 2031.'));
    assert.ok(visibleText((await getPage(server, '/now?at=2031-06-01T09:00')).body).includes('The conference is over. Its last day was Tuesday, 13 May 2031.'));
  });

  test('without ?at it reads the clock in the conference’s zone (this sample is years away)', async () => {
    const response = await getPage(server, '/now');
    assert.equal(response.statusCode, 200);
    const text = visibleText(response.body);
    assert.ok(text.includes('The conference has not started yet.'));
    assert.ok(text.includes('Lisbon time'));
    assert.ok(!text.includes('This is a preview'));
  });

  test('a bad ?at answers 400 naming the field, and still offers the preview form', async () => {
    for (const at of ['tomorrow', '2031-05-12T25:00', '2031-02-30T10:00']) {
      const response = await getPage(server, `/now?at=${encodeURIComponent(at)}`);
      assert.equal(response.statusCode, 400, at);
      assert.ok(visibleText(response.body).includes(`At: “${at}” is not a date and time such as 2012-10-16T14:30.`));
      assert.match(response.body, /<label for="preview-at">See what is on at<\/label>/);
    }
  });
});
