import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createToken } from '../../../src/app/tokens.ts';
import { createEntry } from '../../../src/model/programme.ts';
import type { MonitorBoot } from '../../../src/web/monitor/monitor-model.ts';
import { openSse } from '../../support/sse-client.ts';
import { sampleProgramme } from '../../support/sample-programme.ts';
import { startTestServer, type TestServer } from '../../support/test-server.ts';

function bootOf(html: string): MonitorBoot {
  const match = /<script type="application\/json" id="monitor-boot">([\s\S]*?)<\/script>/.exec(html);
  assert.ok(match?.[1], 'the page embeds its state');
  return JSON.parse(match[1]) as MonitorBoot;
}

describe('the monitor page', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  test('is rendered on the server with the list and the state it came from, before any script runs', async () => {
    const response = await server.app.inject('/monitor?building=R&at=2031-05-12T13:30');
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /^text\/html/);
    const html = response.body;
    assert.match(html, /<html lang="en-GB" dir="ltr">/);
    assert.match(html, /<h1>Building R<\/h1>/);
    assert.match(html, /<time>13:30<\/time>/);
    assert.match(html, /<h2 id="heading-now">Now<\/h2>[\s\S]*Salt marshes as carbon stores[\s\S]*Portugal \/ Tidal Trust/);
    assert.match(html, /<h2 id="heading-next">Next<\/h2>[\s\S]*Eel migration routes/);
    const boot = bootOf(html);
    assert.equal(boot.stateUrl, '/monitor/state.json?building=R');
    assert.equal(boot.liveUrl, '/api/live?view=public');
    assert.equal(boot.at, '2031-05-12T13:30');
    assert.equal(boot.storageKey, 'agora-monitor:cws3:building=R');
    assert.equal(boot.state.revision, server.record.revision);
  });

  test("under /c/<slug> it fetches and listens within that conference's scope", async () => {
    const boot = bootOf((await server.app.inject('/c/cws3/monitor?venue=R1')).body);
    assert.equal(boot.stateUrl, '/c/cws3/monitor/state.json?venue=R1');
    assert.equal(boot.liveUrl, '/c/cws3/api/live?view=public');
  });

  test('an address it cannot show gets a page that says why, not a blank one', async () => {
    const response = await server.app.inject('/monitor?building=R&venue=R1');
    assert.equal(response.statusCode, 400);
    assert.match(response.body, /This monitor address cannot be shown/);
    assert.match(response.body, /give either building or venue/);
  });
});

describe('the monitor page escapes everything it shows', () => {
  let server: TestServer;
  before(async () => {
    const programme = sampleProgramme();
    programme.conference.session = 'Session <i>one</i> & "two"';
    programme.venues.push({ id: 'odd', name: '<b>Hall</b>', building: 'R', capacity: null, openingHours: [] });
    programme.entries.push(
      createEntry({
        id: 'hostile',
        kind: 'side-event',
        title: '<img src=x onerror=alert(1)>',
        sponsors: ['</script><script>alert(2)</script>', 'A & B'],
        date: '2031-05-12',
        start: '16:00',
        end: '17:00',
        venue: '<b>Hall</b>',
      }),
    );
    server = await startTestServer({ programme });
  });
  after(() => server.close());

  test('titles, sponsors, venues, the session and the address itself appear as text, never as markup', async () => {
    const html = (await server.app.inject('/monitor?building=R&at=2031-05-12T13:30')).body;
    const visible = html.slice(0, html.indexOf('<script'));
    for (const markup of ['<img src=x', '<script>alert(2)', '<b>Hall</b>', '<i>one</i>']) {
      assert.ok(!html.includes(markup), `the page does not contain the markup ${markup}`);
    }
    // Text is escaped as HTML text: < and & always (a > alone opens nothing).
    for (const text of ['&lt;img src=x onerror=alert(1)', '&lt;/script', 'A &amp; B', '&lt;b', 'Session &lt;i']) {
      assert.ok(visible.includes(text), `the screen shows ${text} as text`);
    }
    // The embedded state cannot close its script element: every < in it is written \u003c.
    const embedded = /<script type="application\/json" id="monitor-boot">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    assert.ok(!embedded.includes('<'), 'the embedded state holds no <');
    assert.equal(bootOf(html).state.entries.find((entry) => entry.id === 'hostile')?.sponsors[0], '</script><script>alert(2)</script>');
    const door = (await server.app.inject(`/monitor?venue=${encodeURIComponent('<b>Hall</b>')}&at=2031-05-12T13:30`)).body;
    assert.ok(!door.includes('<h1><b>'), 'the heading taken from the address is not markup');
    assert.ok(door.includes('<h1>&lt;b'), 'the heading taken from the address is text');
    const refused = (await server.app.inject(`/monitor?venue=${encodeURIComponent('<b>x</b>')}&building=${encodeURIComponent('<i>y</i>')}`)).body;
    assert.ok(!refused.includes('<b>x</b>') && !refused.includes('<i>y</i>'), 'a refused address is not echoed as markup');
  });
});

describe('a monitor with display tokens required', () => {
  let server: TestServer;
  let display: string;
  before(async () => {
    server = await startTestServer({ server: { requireDisplayToken: true } });
    display = (await createToken(server.temp.store, 'display', 'foyer-screen')).token;
  });
  after(() => server.close());

  test('without a token the page says the screen is not registered (401), and state.json and the live feed refuse', async () => {
    const page = await server.app.inject('/monitor?building=R');
    assert.equal(page.statusCode, 401);
    assert.match(String(page.headers['content-type']), /^text\/html/);
    assert.match(page.body, /This screen is not registered/);
    assert.doesNotMatch(page.body, /Salt marshes/);
    assert.equal((await server.app.inject('/monitor/state.json?building=R')).statusCode, 401);
    assert.equal((await server.app.inject('/api/live')).statusCode, 401);
  });

  test('an unknown token is not registered either', async () => {
    const page = await server.app.inject('/monitor?building=R&token=agora_not-a-real-token');
    assert.equal(page.statusCode, 401);
    assert.match(page.body, /This screen is not registered/);
  });

  test('a display token opens the page, its state and the live feed (never 403)', async () => {
    const token = encodeURIComponent(display);
    const page = await server.app.inject(`/monitor?building=R&token=${token}`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Salt marshes as carbon stores/);
    assert.doesNotMatch(page.body, new RegExp(display), 'the page does not repeat its token');
    assert.equal((await server.app.inject(`/monitor/state.json?building=R&token=${token}`)).statusCode, 200);
    const live = await openSse(`${server.url}/api/live?token=${token}`);
    try {
      assert.equal((await live.next((event) => event.event === 'hello')).event, 'hello');
    } finally {
      live.close();
    }
  });

  test('editor and admin tokens may show the monitor too', async () => {
    for (const role of ['editor', 'admin']) {
      const { token } = await createToken(server.temp.store, role, `${role}-desk`);
      assert.equal((await server.app.inject(`/monitor/state.json?token=${encodeURIComponent(token)}`)).statusCode, 200, role);
    }
  });
});
