import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { TestServer } from '../support/test-server.ts';
import { decodeEntities, visibleText } from './html.ts';
import { HOSTILE_TITLE } from './web-programme.ts';
import { getPage, startWebServer } from './web-server.ts';

describe('programme text on the pages is always text', () => {
  let server: TestServer;
  before(async () => {
    server = await startWebServer();
  });
  after(() => server.close());

  const pages = ['/days/2031-05-12', '/entries/hostile', '/search?q=alert', '/now?at=2031-05-12T16:30', '/agenda'];

  for (const url of pages) {
    test(`an entry titled ${HOSTILE_TITLE} is shown as text on ${url}`, async () => {
      const { statusCode, body } = await getPage(server, url);
      assert.equal(statusCode, 200);
      assert.ok(!body.includes('<script>alert(1)</script>'), 'no script element from the data');
      assert.doesNotMatch(body, /<img\b/i, 'no image element from a description');
      assert.doesNotMatch(body, /<b>Bold<\/b>/, 'no markup from a sponsor');
      if (url !== '/agenda') assert.ok(visibleText(body).includes(HOSTILE_TITLE), 'the title reads as written');
    });
  }

  test('the agenda embeds the programme in an attribute that reads back as the exact title', async () => {
    const { body } = await getPage(server, '/agenda');
    const attribute = /data-entries="([^"]*)"/.exec(body)?.[1];
    assert.ok(attribute !== undefined, 'the agenda section carries the programme');
    const entries = JSON.parse(decodeEntities(attribute)) as { id: string; name: string }[];
    assert.equal(entries.find((entry) => entry.id === 'hostile')?.name, HOSTILE_TITLE);
  });
});
