import type { DemoLogins } from './seed-demo';

/** Printed to the terminal at `npm run demo`, so a newcomer can sign in straight away. */
export function printDemoLogins(logins: DemoLogins, url: string): void {
  const width = Math.max(...logins.accounts.map((a) => a.email.length));
  const lines = [
    '',
    `Demo clinic "${logins.clinicName}" is ready at ${url}`,
    `Every demo account's password: ${logins.password}`,
    `Staff also enter a code from an authenticator app set up with the secret ${logins.totpSecret}`,
    '',
    ...logins.accounts.map((a) => `  ${a.email.padEnd(width)}  ${a.role.padEnd(16)}  ${a.name}`),
    '',
  ];
  process.stdout.write(lines.join('\n') + '\n');
}
