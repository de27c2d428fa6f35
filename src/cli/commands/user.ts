/**
 * `agora user`: accounts from the command line, chiefly the first admin, who cannot be made in
 * the browser because no one can log in yet. The command line runs as an admin (whoever can
 * open the database may manage it), and a password never has to appear in the shell's history:
 * it can come from AGORA_PASSWORD or standard input instead of `--password`.
 */
import { Command, Option } from 'commander';
import { createUser, listUsers, MIN_PASSWORD_LENGTH, requireUserByEmail, resetPassword, setDisabled, type User } from '../../app/accounts/users.ts';
import { ROLES } from '../../app/policy.ts';
import { AgoraError } from '../../errors.ts';
import { cliActor, print, printJson, withStore, withStoreOptions, type StoreOptions } from '../context.ts';

/** The first line of standard input when it is a pipe or a file, or '' when it is a terminal. */
async function passwordFromStdin(): Promise<string> {
  if (process.stdin.isTTY) return '';
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return (Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '');
}

/** The new account's password: `--password`, else AGORA_PASSWORD, else standard input; refused when there is none. */
async function newPassword(option: string | undefined): Promise<string> {
  const password = option ?? process.env.AGORA_PASSWORD ?? (await passwordFromStdin());
  if (password === '') {
    throw new AgoraError('AGORA_BAD_INPUT', 'No password given: pass --password, set AGORA_PASSWORD, or pipe it on standard input.', {
      problems: [{ where: 'password', message: `give one of at least ${MIN_PASSWORD_LENGTH} characters` }],
    });
  }
  return password;
}

function statusOf(user: User): string {
  if (user.disabledAt !== null) return `disabled ${user.disabledAt}`;
  return user.mustChangePassword ? 'active, must set a password' : 'active';
}

export function userCommand(): Command {
  const user = new Command('user').description('make, list, reset and disable the accounts that log in to the editor');
  user.addCommand(
    withStoreOptions(new Command('add'))
      .description('make an account (the first admin is made this way)')
      .requiredOption('--email <email>', 'the address they log in with')
      .requiredOption('--name <name>', 'the name the change history shows, such as "A. Clerk"')
      .addOption(new Option('--role <role>', 'what they may do').choices([...ROLES]).makeOptionMandatory())
      .option('--password <password>', `at least ${MIN_PASSWORD_LENGTH} characters (or set AGORA_PASSWORD, or pipe it on standard input)`)
      .action(async (options: StoreOptions & { email: string; name: string; role: string; password?: string }) => {
        const password = await newPassword(options.password);
        const made = await withStore(options, (store) => createUser(store, cliActor(), { email: options.email, name: options.name, role: options.role, password }));
        if (options.json) printJson(made);
        else print(`Account made for ${made.name} <${made.email}> as ${made.role}. They log in at /login.`);
      }),
  );
  user.addCommand(
    withStoreOptions(new Command('list'))
      .description('list the accounts (never their passwords)')
      .action(async (options: StoreOptions) => {
        const users = await withStore(options, (store) => listUsers(store, cliActor()));
        if (options.json) printJson(users);
        else if (users.length === 0) print('No accounts yet: `agora user add --role admin --email … --name …` makes the first admin.');
        else for (const one of users) print(`${one.email}\t${one.name}\t${one.role}\t${statusOf(one)}`);
      }),
  );
  user.addCommand(
    withStoreOptions(new Command('reset'))
      .description('give an account a one-time password, printed once; they set their own at next login')
      .argument('<email>', 'the account')
      .action(async (email: string, options: StoreOptions) => {
        const { user: reset, temporaryPassword } = await withStore(options, async (store) => resetPassword(store, cliActor(), (await requireUserByEmail(store, cliActor(), email)).id));
        if (options.json) printJson({ ...reset, temporaryPassword });
        else {
          print(temporaryPassword);
          process.stderr.write(`One-time password for ${reset.email} (shown only this once). They log in with it and then set their own; their open sessions have ended.\n`);
        }
      }),
  );
  for (const [name, disabled] of [['disable', true], ['enable', false]] as const) {
    user.addCommand(
      withStoreOptions(new Command(name))
        .description(disabled ? 'stop an account logging in and end its sessions' : 'let a disabled account log in again')
        .argument('<email>', 'the account')
        .action(async (email: string, options: StoreOptions) => {
          const changed = await withStore(options, async (store) => setDisabled(store, cliActor(), (await requireUserByEmail(store, cliActor(), email)).id, disabled));
          if (options.json) printJson(changed);
          else print(disabled ? `${changed.email} is disabled: they cannot log in, and their sessions have ended.` : `${changed.email} can log in again.`);
        }),
    );
  }
  return user;
}
