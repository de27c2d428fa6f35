import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import ICAL from 'ical.js';
import type { TestServer } from '../support/test-server.ts';
import { visibleText } from './html.ts';
import { getPage, isHtml, startWebServer } from './web-server.ts';

describe('my agenda', () => {
  let server: TestServer;
  before(async () => {
    server = await startWebServer();
  });
  after(() => server.close());

  test('the page explains itself without JavaScript and embeds the programme for the client script', async () => {
    const response = await getPage(server, '/agenda');
    assert.equal(response.statusCode, 200);
    assert.ok(isHtml(response));
    const text = visibleText(response.body);
    assert.ok(text.includes('Your agenda lives in this browser and needs JavaScript'));
    assert.match(response.body, /<section id="agenda" class="agenda" data-entries="\[/);
    assert.match(response.body, /data-ics="\/agenda\.ics"/);
    assert.match(response.body, /<script type="module" src="\/assets\/agora\.js\?v=[\w-]+"><\/script>/);
  });

  test('/agenda.ics?ids=… is one calendar with one VEVENT per id', async () => {
    const response = await getPage(server, '/agenda.ics?ids=salt-marsh,dune-law,lagoon-panel');
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /^text\/calendar/);
    assert.match(String(response.headers['content-disposition']), /filename="agenda\.ics"/);
    const calendar = new ICAL.Component(ICAL.parse(response.body));
    const summaries = calendar.getAllSubcomponents('vevent').map((event) => String(event.getFirstPropertyValue('summary')));
    assert.equal(summaries.length, 3);
    assert.ok(summaries.some((summary) => summary.includes('Salt marshes as carbon stores')));
    assert.ok(summaries.some((summary) => summary.includes('Dune protection in national law')));
  });

  test('unknown ids answer 400 naming them', async () => {
    const response = await getPage(server, '/agenda.ics?ids=salt-marsh,atlantis,el-dorado');
    assert.equal(response.statusCode, 400);
    const body = JSON.parse(response.body) as { code: string; message: string; problems: { where: string }[] };
    assert.equal(body.code, 'AGORA_BAD_INPUT');
    assert.ok(body.message.includes('“atlantis”') && body.message.includes('“el-dorado”'), body.message);
    assert.ok(!body.message.includes('salt-marsh'));
    assert.equal(body.problems[0]?.where, 'ids');
  });

  test('an agenda naming no entry answers 400', async () => {
    for (const url of ['/agenda.ics', '/agenda.ics?ids=', '/agenda.ics?ids=,,']) {
      const response = await getPage(server, url);
      assert.equal(response.statusCode, 400, url);
      assert.match(response.body, /ids: name at least one entry/);
    }
  });
});
