import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { logIn } from '../../src/app/accounts/sessions.ts';
import { openStore } from '../../src/store/open-store.ts';
import { runCli } from '../support/run-cli.ts';
import { tempDir } from '../support/temp-store.ts';

const PASSWORD = 'a long enough password';

describe('agora user', () => {
  let dir: ReturnType<typeof tempDir>;
  let db: string;
  before(() => {
    dir = tempDir();
    db = join(dir.dir, 'agora.db');
  });
  after(() => dir?.dispose());

  async function canLogIn(email: string, password: string): Promise<boolean> {
    const store = await openStore(db);
    try {
      await logIn(store, { email, password, ip: 'cli-test' });
      return true;
    } catch {
      return false;
    } finally {
      await store.close();
    }
  }

  test('with no password given anywhere, user add refuses by name and makes nothing', async () => {
    const result = await runCli(['user', 'add', '--db', db, '--email', 'admin@agora.test', '--name', 'First Admin', '--role', 'admin'], { env: { AGORA_PASSWORD: undefined } });
    assert.equal(result.code, 1);
    assert.match(result.stderr, /No password given: pass --password, set AGORA_PASSWORD, or pipe it on standard input/);
    const list = await runCli(['user', 'list', '--db', db, '--json']);
    assert.deepEqual(JSON.parse(list.stdout), []);
  });

  test('a short password is refused naming the field', async () => {
    const result = await runCli(['user', 'add', '--db', db, '--email', 'admin@agora.test', '--name', 'First Admin', '--role', 'admin', '--password', 'short']);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /The account was not made\.\n\s+password: must be at least 10 characters long/);
  });

  test('an unknown role is refused by commander, listing the roles', async () => {
    const result = await runCli(['user', 'add', '--db', db, '--email', 'a@agora.test', '--name', 'A', '--role', 'boss', '--password', PASSWORD]);
    assert.notEqual(result.code, 0);
    assert.match(result.stderr, /admin, editor, organiser, display/);
  });

  test('the first admin is made with the password from standard input, and can log in with it', async () => {
    const result = await runCli(['user', 'add', '--db', db, '--email', 'Admin@Agora.test', '--name', 'First Admin', '--role', 'admin'], { input: `${PASSWORD}\n`, env: { AGORA_PASSWORD: undefined } });
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /Account made for First Admin <admin@agora\.test> as admin\. They log in at \/login\./);
    assert.ok(await canLogIn('admin@agora.test', PASSWORD));
  });

  test('the password may come from AGORA_PASSWORD, and user list shows every account without a password', async () => {
    const added = await runCli(['user', 'add', '--db', db, '--email', 'clerk@agora.test', '--name', 'A. Clerk', '--role', 'editor'], { env: { AGORA_PASSWORD: 'from the environment' } });
    assert.equal(added.code, 0, added.stderr);
    assert.ok(await canLogIn('clerk@agora.test', 'from the environment'));
    const list = await runCli(['user', 'list', '--db', db]);
    assert.equal(list.stdout, 'admin@agora.test\tFirst Admin\tadmin\tactive\nclerk@agora.test\tA. Clerk\teditor\tactive\n');
    assert.doesNotMatch(list.stdout, /scrypt|environment/);
  });

  test('user reset prints a one-time password that logs in, and the old one no longer does', async () => {
    const result = await runCli(['user', 'reset', '--db', db, 'clerk@agora.test']);
    assert.equal(result.code, 0, result.stderr);
    const temporary = result.stdout.trim();
    assert.match(temporary, /^[\w-]{12,}$/);
    assert.match(result.stderr, /shown only this once/);
    assert.equal(await canLogIn('clerk@agora.test', 'from the environment'), false);
    assert.ok(await canLogIn('clerk@agora.test', temporary));
    assert.match((await runCli(['user', 'list', '--db', db])).stdout, /clerk@agora\.test\tA\. Clerk\teditor\tactive, must set a password/);
  });

  test('user disable stops an account logging in; the last admin cannot be disabled; an unknown address is named', async () => {
    const disabled = await runCli(['user', 'disable', '--db', db, 'clerk@agora.test']);
    assert.equal(disabled.code, 0, disabled.stderr);
    assert.match(disabled.stdout, /clerk@agora\.test is disabled/);
    assert.match((await runCli(['user', 'list', '--db', db])).stdout, /clerk@agora\.test\tA\. Clerk\teditor\tdisabled /);
    const last = await runCli(['user', 'disable', '--db', db, 'admin@agora.test']);
    assert.equal(last.code, 1);
    assert.match(last.stderr, /This is the last active admin/);
    assert.ok(await canLogIn('admin@agora.test', PASSWORD));
    const unknown = await runCli(['user', 'reset', '--db', db, 'nobody@agora.test']);
    assert.equal(unknown.code, 1);
    assert.match(unknown.stderr, /There is no account for nobody@agora\.test\./);
    const enabled = await runCli(['user', 'enable', '--db', db, 'clerk@agora.test']);
    assert.equal(enabled.code, 0, enabled.stderr);
  });
});
