import { parseArgs } from 'node:util';
import { createApiToken } from '../modules/identity/tokens.service';
import { UsageError } from './usage-error';
import type { WithRuntime } from './with-runtime';

/** `corium token create --user EMAIL [--expires 30d] [--name N]`; `--expires never` for no expiry. */
export async function tokenCommand(args: string[], withRuntime: WithRuntime): Promise<void> {
  const [sub, ...rest] = args;
  if (sub !== 'create')
    throw new UsageError('token takes the subcommand "create" (list and revoke are on the admin screen)');
  const { values } = parseArgs({
    args: rest,
    options: {
      user: { type: 'string' },
      expires: { type: 'string', default: '90d' },
      name: { type: 'string' },
    },
  });
  if (!values.user) throw new UsageError('token create needs --user EMAIL');
  const expiresInDays = parseDays(values.expires!);
  await withRuntime(process.env, async ({ deps }) => {
    const { token, expiresAt } = await createApiToken(deps, {
      email: values.user!,
      name: values.name ?? `token for ${values.user}`,
      expiresInDays,
    });
    console.error(
      `API token for ${values.user}, ${expiresAt ? `valid until ${expiresAt.toISOString()}` : 'with no expiry'}.`,
    );
    console.error('It is shown only now; send it as "Authorization: Bearer <token>".');
    console.log(token);
  });
}

function parseDays(text: string): number | null {
  if (text === 'never') return null;
  const match = /^(\d{1,4})d$/.exec(text);
  if (!match || Number(match[1]) < 1)
    throw new UsageError('--expires takes a number of days like 30d, or never');
  return Number(match[1]);
}
