import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { FAILURES_PER_EMAIL, findSession, logIn } from '../../../src/app/accounts/sessions.ts';
import { changeRole, createUser, listUsers, resetPassword, setDisabled, setOwnPassword, type User } from '../../../src/app/accounts/users.ts';
import { AgoraError } from '../../../src/errors.ts';
import { tempStore, type TempStore } from '../../support/temp-store.ts';
import { testActor } from '../../support/test-actor.ts';

const PASSWORD = 'a long enough password';

/** The error a promise is refused with, so that a test can look at its code and fields. */
async function refusal(promise: Promise<unknown>): Promise<AgoraError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AgoraError) return error;
    throw error;
  }
  assert.fail('expected a refusal');
}

function fields(error: AgoraError): string[] {
  return error.problems.map((problem) => problem.where).sort();
}

describe('accounts and sessions', () => {
  let temp: TempStore;
  let made = 0;
  before(async () => {
    temp = await tempStore();
  });
  after(async () => {
    await temp?.dispose();
  });

  async function account(role: User['role'] = 'editor', email = `clerk-${++made}@agora.test`): Promise<User> {
    return createUser(temp.store, testActor(), { email, name: `Clerk ${made}`, role, password: PASSWORD });
  }

  async function accountChanges(userId: number): Promise<string[]> {
    const rows = await temp.store.db.selectFrom('account_changes').select('kind').where('user_id', '=', userId).orderBy('id').execute();
    return rows.map((row) => row.kind);
  }

  test('the database keeps a salted scrypt hash of the password, never the password', async () => {
    const one = await account();
    const two = await account();
    const rows = await temp.store.db.selectFrom('users').select(['id', 'password_hash']).where('id', 'in', [one.id, two.id]).orderBy('id').execute();
    for (const row of rows) {
      assert.match(row.password_hash, /^scrypt\$\d+\$\d+\$\d+\$[\w-]+\$[\w-]+$/);
      assert.ok(!row.password_hash.includes(PASSWORD));
    }
    assert.notEqual(rows[0]!.password_hash, rows[1]!.password_hash, 'the same password hashes differently with its own salt');
    const session = await logIn(temp.store, { email: one.email, password: PASSWORD, ip: '10.0.0.1' });
    assert.equal(session.user.email, one.email);
    assert.equal((await findSession(temp.store, session.secret))?.user.id, one.id);
  });

  test('a wrong password and an unknown address are refused alike, without saying which', async () => {
    const user = await account();
    const wrong = await refusal(logIn(temp.store, { email: user.email, password: 'not the password', ip: '10.0.0.2' }));
    const unknown = await refusal(logIn(temp.store, { email: 'nobody@agora.test', password: PASSWORD, ip: '10.0.0.2' }));
    assert.equal(wrong.code, 'AGORA_BAD_LOGIN');
    assert.equal(wrong.status, 401);
    assert.deepEqual([unknown.code, unknown.message, unknown.problems], [wrong.code, wrong.message, wrong.problems]);
  });

  test('a disabled account cannot log in and its open sessions end; enabled again, it can', async () => {
    const user = await account();
    const session = await logIn(temp.store, { email: user.email, password: PASSWORD, ip: '10.0.0.3' });
    await setDisabled(temp.store, testActor(), user.id, true);
    assert.equal(await findSession(temp.store, session.secret), null, 'the open session ended');
    const refused = await refusal(logIn(temp.store, { email: user.email, password: PASSWORD, ip: '10.0.0.3' }));
    assert.equal(refused.code, 'AGORA_BAD_LOGIN');
    await setDisabled(temp.store, testActor(), user.id, false);
    assert.ok(await logIn(temp.store, { email: user.email, password: PASSWORD, ip: '10.0.0.3' }));
    assert.deepEqual(await accountChanges(user.id), ['create', 'disable', 'enable']);
  });

  test(`after ${FAILURES_PER_EMAIL} failed logins an address is refused with a clear message, even with the right password; another address is not`, async () => {
    const user = await account();
    const other = await account();
    for (let attempt = 0; attempt < FAILURES_PER_EMAIL; attempt += 1) {
      assert.equal((await refusal(logIn(temp.store, { email: user.email, password: 'guess', ip: '10.0.0.4' }))).code, 'AGORA_BAD_LOGIN');
    }
    const limited = await refusal(logIn(temp.store, { email: user.email, password: PASSWORD, ip: '10.0.0.4' }));
    assert.equal(limited.code, 'AGORA_RATE_LIMITED');
    assert.equal(limited.status, 429);
    assert.match(limited.message, new RegExp(`Too many failed logins for ${user.email}\\. Wait 15 minutes`));
    const session = await logIn(temp.store, { email: other.email, password: PASSWORD, ip: '10.0.0.4' });
    assert.equal(session.user.email, other.email);
  });

  test('a reset gives a one-time password that logs in once the old one no longer does, ends sessions, and makes the user choose their own', async () => {
    const user = await account();
    const before = await logIn(temp.store, { email: user.email, password: PASSWORD, ip: '10.0.0.5' });
    const { temporaryPassword, user: reset } = await resetPassword(temp.store, testActor(), user.id);
    assert.equal(reset.mustChangePassword, true);
    assert.equal(await findSession(temp.store, before.secret), null);
    assert.equal((await refusal(logIn(temp.store, { email: user.email, password: PASSWORD, ip: '10.0.0.5' }))).code, 'AGORA_BAD_LOGIN');
    const session = await logIn(temp.store, { email: user.email, password: temporaryPassword, ip: '10.0.0.5' });
    assert.equal(session.user.mustChangePassword, true);
    const same = await refusal(setOwnPassword(temp.store, session.user, { current: null, password: temporaryPassword, confirmation: temporaryPassword, keepSession: null }));
    assert.deepEqual(fields(same), ['password'], 'the one-time password is not a password of their own');
    await setOwnPassword(temp.store, session.user, { current: null, password: 'my very own password', confirmation: 'my very own password', keepSession: null });
    const after = await logIn(temp.store, { email: user.email, password: 'my very own password', ip: '10.0.0.5' });
    assert.equal(after.user.mustChangePassword, false);
    assert.equal(await findSession(temp.store, session.secret), null, 'a new password ends the sessions it was not set from');
    assert.deepEqual(await accountChanges(user.id), ['create', 'reset', 'password']);
  });

  test('wrong passwords sent all at once still meet the limit: no more than the allowed number is even checked', async () => {
    const user = await account();
    const answers = await Promise.all(
      Array.from({ length: 3 * FAILURES_PER_EMAIL }, (_, index) => refusal(logIn(temp.store, { email: user.email, password: `wrong ${index}`, ip: `10.1.0.${index}` }))),
    );
    const checked = answers.filter((error) => error.code === 'AGORA_BAD_LOGIN').length;
    assert.ok(checked <= FAILURES_PER_EMAIL, `${checked} passwords were checked; the limit is ${FAILURES_PER_EMAIL}`);
    assert.ok(answers.some((error) => error.code === 'AGORA_RATE_LIMITED'));
  });

  test('a new password ends the account\'s other sessions and keeps the one it was set from', async () => {
    const user = await account();
    const here = await logIn(temp.store, { email: user.email, password: PASSWORD, ip: '10.0.0.7' });
    const elsewhere = await logIn(temp.store, { email: user.email, password: PASSWORD, ip: '10.0.0.8' });
    await setOwnPassword(temp.store, user, { current: PASSWORD, password: 'another long password', confirmation: 'another long password', keepSession: here.secret });
    assert.notEqual(await findSession(temp.store, here.secret), null);
    assert.equal(await findSession(temp.store, elsewhere.secret), null);
  });

  test('changing one\'s own password needs the present one, and names each field at fault', async () => {
    const user = await account();
    const refused = await refusal(setOwnPassword(temp.store, user, { current: 'wrong', password: 'short', confirmation: 'different', keepSession: null }));
    assert.equal(refused.code, 'AGORA_BAD_INPUT');
    assert.deepEqual(fields(refused), ['confirmation', 'current', 'password']);
    assert.ok(await logIn(temp.store, { email: user.email, password: PASSWORD, ip: '10.0.0.6' }), 'the password is unchanged');
  });

  test('the last active admin can be neither demoted nor disabled; with a second admin, they can', async () => {
    // A database of its own, so that the other tests' admins do not count.
    const own = await tempStore();
    try {
      const admin = await createUser(own.store, testActor(), { email: 'only-admin@agora.test', name: 'Only admin', role: 'admin', password: PASSWORD });
      const demoted = await refusal(changeRole(own.store, testActor(), admin.id, 'editor'));
      assert.equal(demoted.code, 'AGORA_BAD_INPUT');
      assert.match(demoted.message, /last active admin/);
      assert.deepEqual(fields(demoted), ['role']);
      const disabled = await refusal(setDisabled(own.store, testActor(), admin.id, true));
      assert.deepEqual(fields(disabled), ['status']);
      const [still] = await listUsers(own.store, testActor());
      assert.deepEqual([still?.role, still?.disabledAt], ['admin', null]);
      await createUser(own.store, testActor(), { email: 'second-admin@agora.test', name: 'Second admin', role: 'admin', password: PASSWORD });
      assert.equal((await changeRole(own.store, testActor(), admin.id, 'editor')).role, 'editor');
    } finally {
      await own.dispose();
    }
  });

  test('two admins removing each other at the same moment leave one admin: the second is refused', async () => {
    const own = await tempStore();
    try {
      const first = await createUser(own.store, testActor(), { email: 'admin-a@agora.test', name: 'Admin A', role: 'admin', password: PASSWORD });
      const second = await createUser(own.store, testActor(), { email: 'admin-b@agora.test', name: 'Admin B', role: 'admin', password: PASSWORD });
      for (let round = 0; round < 5; round += 1) {
        const outcomes = await Promise.allSettled([changeRole(own.store, testActor(), first.id, 'editor'), setDisabled(own.store, testActor(), second.id, true)]);
        assert.equal(outcomes.filter((outcome) => outcome.status === 'fulfilled').length, 1, `round ${round}: exactly one goes through`);
        const active = (await listUsers(own.store, testActor())).filter((user) => user.role === 'admin' && user.disabledAt === null);
        assert.equal(active.length, 1);
        await changeRole(own.store, testActor(), first.id, 'admin');
        await setDisabled(own.store, testActor(), second.id, false);
      }
    } finally {
      await own.dispose();
    }
  });

  test('a new account with bad fields is refused naming each field, and nothing is made', async () => {
    const before = await listUsers(temp.store, testActor());
    const refused = await refusal(createUser(temp.store, testActor(), { email: 'not an address', name: '  ', role: 'boss', password: 'short' }));
    assert.equal(refused.code, 'AGORA_BAD_INPUT');
    assert.deepEqual(fields(refused), ['email', 'name', 'password', 'role']);
    const taken = await account();
    const twice = await refusal(createUser(temp.store, testActor(), { email: taken.email.toUpperCase(), name: 'Again', role: 'editor', password: PASSWORD }));
    assert.deepEqual(fields(twice), ['email']);
    assert.equal((await listUsers(temp.store, testActor())).length, before.length + 1);
    const badRole = await refusal(changeRole(temp.store, testActor(), taken.id, 'boss'));
    assert.deepEqual(fields(badRole), ['role']);
    assert.equal((await listUsers(temp.store, testActor())).find((user) => user.id === taken.id)?.role, 'editor');
  });

  test('a role without manage-users may not list, make or change accounts', async () => {
    const editor = { name: 'editor@agora.test', role: 'editor' as const };
    const user = await account();
    for (const attempt of [listUsers(temp.store, editor), createUser(temp.store, editor, { email: 'x@agora.test', name: 'X', role: 'admin', password: PASSWORD }), changeRole(temp.store, editor, user.id, 'admin'), resetPassword(temp.store, editor, user.id), setDisabled(temp.store, editor, user.id, true)]) {
      assert.equal((await refusal(attempt)).code, 'AGORA_FORBIDDEN');
    }
    assert.deepEqual(await accountChanges(user.id), ['create']);
  });
});
