import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { TestServer } from '../support/test-server.ts';
import { visibleText } from './html.ts';
import { getPage, isHtml, startWebServer } from './web-server.ts';

describe('the conference home page', () => {
  let server: TestServer;
  before(async () => {
    server = await startWebServer();
  });
  after(() => server.close());

  test('names the conference, its session, dates, city, theme and notice, as text without JavaScript', async () => {
    const response = await getPage(server, '/');
    assert.equal(response.statusCode, 200);
    assert.ok(isHtml(response));
    const text = visibleText(response.body);
    for (const expected of [
      'Assembly of the Parties to the Convention on Coastal Wetlands',
      'Third session of the Assembly of the Parties',
      '12–13 May 2031',
      'Lisbon',
      'Tides that bind',
      'Rooms may change; the screens in the foyer show the latest programme.',
    ]) {
      assert.ok(text.replace(/\s*–\s*/g, '–').includes(expected), `the home page says "${expected}"`);
    }
    assert.match(response.body, /<html lang="en-GB" dir="ltr">/);
    assert.match(response.body, /<h1>Assembly of the Parties/);
  });

  test('links each day, now and next, search, my agenda, every export and the monitor of each building', async () => {
    const { body } = await getPage(server, '/');
    for (const href of [
      '/days/2031-05-12',
      '/days/2031-05-13',
      '/now',
      '/search',
      '/agenda',
      '/programme.json',
      '/schedule.xml',
      '/schedule.json',
      '/programme.ics',
      '/programme.csv',
      '/monitor?building=R',
    ]) {
      assert.ok(body.includes(`href="${href}"`), `links ${href}`);
    }
  });

  test('under /c/<slug>/ every link stays inside that conference', async () => {
    const response = await getPage(server, '/c/cws3/');
    assert.equal(response.statusCode, 200);
    assert.ok(response.body.includes('href="/c/cws3/days/2031-05-12"'));
    assert.ok(response.body.includes('href="/c/cws3/schedule.xml"'));
    assert.ok(response.body.includes('data-live="/c/cws3/api/live?view=public"'));
    const hrefs = [...response.body.matchAll(/href="([^"]+)"/g)].map((match) => match[1] as string);
    const outside = hrefs.filter((href) => !href.startsWith('/c/cws3/') && !href.startsWith('/assets/') && href !== '#main');
    assert.deepEqual(outside, []);
  });

  test('an unknown conference answers 404 with a page, not a stack trace', async () => {
    const response = await getPage(server, '/c/no-such-thing/');
    assert.equal(response.statusCode, 404);
    assert.ok(isHtml(response));
    assert.match(visibleText(response.body), /There is no such conference here\./);
  });
});
