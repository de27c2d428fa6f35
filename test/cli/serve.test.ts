import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { logIn } from '../../src/app/accounts/sessions.ts';
import { openStore } from '../../src/store/open-store.ts';
import { AGORA_BIN } from '../support/run-cli.ts';
import { openSse } from '../support/sse-client.ts';
import { tempDir } from '../support/temp-store.ts';

async function serve(args: string[]): Promise<{ child: ChildProcess; url: string; exit: Promise<number | null>; stderr: () => string }> {
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const child = spawn(process.execPath, [AGORA_BIN, 'serve', '--port', String(port), ...args], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, LOG_LEVEL: 'warn' } });
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const response = await fetch(`${url}/programme.json`).catch(() => null);
    if (response) {
      await response.arrayBuffer();
      return { child, url, exit, stderr: () => stderr };
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  throw new Error('agora serve did not answer within 20 s');
}

test('serve --demo on an empty database serves the demo programme, and SIGTERM closes streams and exits cleanly', { timeout: 60_000 }, async () => {
  const { dir, dispose } = tempDir();
  try {
    const server = await serve(['--demo', '--db', join(dir, 'agora.db')]);
    const programme = (await (await fetch(`${server.url}/programme.json`)).json()) as { conference: { session: string }; entries: unknown[] };
    assert.ok(programme.entries.length > 40, 'the demo programme is served');
    const home = await fetch(`${server.url}/`);
    assert.equal(home.status, 200);
    assert.match(await home.text(), new RegExp(programme.conference.session));
    const live = await openSse(`${server.url}/api/live`);
    await live.next((event) => event.event === 'hello');
    server.child.kill('SIGTERM');
    await live.ended;
    assert.ok(live.events.some((event) => event.event === 'closing'), 'the live stream is told to come back');
    assert.equal(await server.exit, 0);
  } finally {
    dispose();
  }
});

test('serve without --demo leaves an empty database empty', { timeout: 60_000 }, async () => {
  const { dir, dispose } = tempDir();
  try {
    const server = await serve(['--db', join(dir, 'agora.db')]).catch(() => null);
    // With no conference there is no programme to serve: 404, but the server runs.
    const response = server ? await fetch(`${server.url}/programme.json`) : null;
    assert.equal(response?.status, 404);
    server?.child.kill('SIGTERM');
    assert.equal(await server?.exit, 0);
  } finally {
    dispose();
  }
});

test('serve --demo makes a demo admin on a database without accounts and prints its password once; the password logs in', { timeout: 60_000 }, async () => {
  const { dir, dispose } = tempDir();
  const db = join(dir, 'agora.db');
  try {
    const server = await serve(['--demo', '--db', db]);
    const deadline = Date.now() + 10_000;
    while (!/log in as/.test(server.stderr()) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    const shown = /log in as (\S+) with the password (\S+) /.exec(server.stderr());
    assert.ok(shown, `the password is printed: ${server.stderr()}`);
    const store = await openStore(db);
    try {
      const session = await logIn(store, { email: shown[1]!, password: shown[2]!, ip: '127.0.0.1' });
      assert.equal(session.user.role, 'admin');
    } finally {
      await store.close();
    }
    server.child.kill('SIGTERM');
    assert.equal(await server.exit, 0);
    const again = await serve(['--demo', '--db', db]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.doesNotMatch(again.stderr(), /password/, 'a second start makes no new account and prints no password');
    again.child.kill('SIGTERM');
    assert.equal(await again.exit, 0);
  } finally {
    dispose();
  }
});
