import { parseArgs } from 'node:util';
import { email as emailSchema, newPassword, role as roleSchema } from '@corium/contracts';
import type { z } from 'zod';
import { printDemoLogins } from './demo/demo-logins';
import { seedDemo } from './demo/seed-demo';
import { createClinicUser } from './cli/create-user';
import { readSecret } from './cli/read-secret';
import { ConfigError } from './platform/config/config';
import { auditCommand } from './cli/audit-command';
import { backupCommand, restoreCommand } from './cli/backup-command';
import { consentCommand } from './cli/consent-command';
import { doctorCommand } from './cli/doctor-command';
import { tokenCommand } from './cli/token-command';
import { UsageError } from './cli/usage-error';
import { withRuntime } from './cli/with-runtime';
import { runWorkerProcess } from './worker';

const usage = `Usage: corium <command>

  migrate                               apply pending database migrations
  demo                                  seed the demo clinic (DATA_DIR defaults to ./data-demo) and print its logins
  create-user --email E --role R [--name N] [--clinic ID]
                                        create an account; the password is read from standard input
  worker                                drain the outbox in this process (external PostgreSQL)
  token create --user EMAIL [--expires 30d] [--name N]
                                        print a new API token for that user (shown once)
  audit verify                          check the audit log's hash chains; names the first broken link
  backup FILE [--encrypt]               write a consistent backup of the database and the blob store
                                        (--encrypt: passphrase from CORIUM_BACKUP_PASSPHRASE or asked)
  restore FILE [--force]                restore a backup into an empty database; --force replaces one
                                        that holds data
  consent verify ID                     check a signed consent's stored PDF and text against their recorded hashes
  doctor                                check configuration, data folder, disk, database durability,
                                        backups, https and mail; exit 1 when a check fails

Roles: admin, medical_director, practitioner, front_desk, patient.
Configuration comes from the environment (see README).`;

type Command = (args: string[]) => Promise<void>;

const commands: Record<string, Command> = {
  migrate: () => withRuntime(process.env, async () => console.log('Database schema is up to date.')),
  demo: () =>
    withRuntime({ DATA_DIR: './data-demo', ...process.env }, async ({ deps }) =>
      printDemoLogins(await seedDemo(deps), deps.config.publicUrl),
    ),
  'create-user': async (args) => {
    const { values } = parseArgs({
      args,
      options: {
        email: { type: 'string' },
        role: { type: 'string' },
        name: { type: 'string' },
        clinic: { type: 'string' },
      },
    });
    if (!values.email || !values.role) throw new UsageError('create-user needs --email and --role');
    const email = parseOrUsage(emailSchema, values.email, '--email');
    const role = parseOrUsage(roleSchema, values.role, '--role');
    const password = parseOrUsage(
      newPassword,
      await readSecret('Password for the new account: '),
      'password',
    );
    await withRuntime(process.env, async ({ deps }) => {
      const user = await createClinicUser(deps, {
        email,
        role,
        name: values.name,
        clinicId: values.clinic,
        password,
      });
      console.log(`Created ${user.role} ${user.email} (${user.id}).`);
    });
  },
  worker: () => runWorkerProcess(),
  token: (args) => tokenCommand(args, withRuntime),
  audit: (args) => auditCommand(args, withRuntime),
  backup: (args) => backupCommand(args),
  restore: (args) => restoreCommand(args),
  consent: (args) => consentCommand(args, withRuntime),
  doctor: (args) => doctorCommand(args),
};

function parseOrUsage<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new UsageError(`${what}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  return parsed.data;
}

async function run(argv: string[]): Promise<void> {
  const [name, ...args] = argv;
  const command = name ? commands[name] : undefined;
  if (!command) throw new UsageError(name ? `Unknown command "${name}"` : 'No command given');
  await command(args);
}

run(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError) console.error(`${error.message}\n\n${usage}`);
  else if (error instanceof ConfigError) console.error(error.message);
  else console.error(`corium: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
