import { Command, Option } from 'commander';
import { ROLES } from '../../app/policy.ts';
import { createToken, listTokens, revokeToken } from '../../app/tokens.ts';
import { print, printJson, withStore, withStoreOptions, type StoreOptions } from '../context.ts';

export function tokenCommand(): Command {
  const token = new Command('token').description('make, list and revoke bearer tokens for the API and monitors');
  token.addCommand(
    withStoreOptions(new Command('create'))
      .description('make a token and print it once (only its hash is kept)')
      .addOption(new Option('--role <role>', 'what the token may do').choices([...ROLES]).makeOptionMandatory())
      .requiredOption('--label <label>', 'where the token is used, such as "desk-1" or "monitor-m-foyer"')
      .action(async (options: StoreOptions & { role: string; label: string }) => {
        const { token: secret, info } = await withStore(options, (store) => createToken(store, options.role, options.label));
        if (options.json) printJson({ token: secret, ...info });
        else {
          print(secret);
          process.stderr.write(`Token "${info.label}" (${info.role}) made. It is shown only this once: keep it now.\n`);
        }
      }),
  );
  token.addCommand(
    withStoreOptions(new Command('revoke'))
      .description('revoke a token by its label')
      .argument('<label>', 'the label the token was made with')
      .action(async (label: string, options: StoreOptions) => {
        const info = await withStore(options, (store) => revokeToken(store, label));
        if (options.json) printJson(info);
        else print(`Token "${info.label}" revoked.`);
      }),
  );
  token.addCommand(
    withStoreOptions(new Command('list'))
      .description('list tokens (never their secrets)')
      .action(async (options: StoreOptions) => {
        const tokens = await withStore(options, (store) => listTokens(store));
        if (options.json) printJson(tokens);
        else for (const info of tokens) print(`${info.label}\t${info.role}\t${info.createdAt}${info.revokedAt ? `\trevoked ${info.revokedAt}` : ''}`);
      }),
  );
  return token;
}
