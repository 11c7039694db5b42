import { chmod, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import {
  runCli,
  startCorium,
  stopCorium,
  tempDataDir,
  waitHealthy,
  type CoriumProcess,
} from './corium-process';

const running: CoriumProcess[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((c) => stopCorium(c)));
});

const line = (output: string, check: string) =>
  output.split('\n').find((l) => l.slice(6).startsWith(`${check}:`));

async function waitForBackup(dir: string): Promise<string[]> {
  for (let i = 0; i < 300; i++) {
    const files = await readdir(dir).catch(() => []);
    const done = files.filter((f) => f.endsWith('.corium-backup'));
    if (done.length) return done;
    await sleep(100);
  }
  throw new Error(`no backup appeared in ${dir}`);
}

describe('corium doctor', () => {
  it('fails a data folder that holds no Corium yet, naming what to do', async () => {
    const { code, output } = await runCli(['doctor'], { DATA_DIR: await tempDataDir() });
    expect(code).toBe(1);
    expect(line(output, 'configuration')).toMatch(/^ok {4}configuration: parsed; embedded PostgreSQL/);
    expect(line(output, 'data directory')).toMatch(
      /^FAIL {2}data directory: .* does not exist — set DATA_DIR/,
    );
    expect(line(output, 'database')).toMatch(
      /^FAIL {2}database: cannot be reached: there is no Corium database/,
    );
    expect(output).toMatch(/checks: 2 failed/);
  });

  it('fails configuration it cannot read and a plain-http address beyond this machine', async () => {
    const bad = await runCli(['doctor'], { DATA_DIR: await tempDataDir(), BACKUP_SCHEDULE: 'nightly' });
    expect(bad.code).toBe(1);
    expect(line(bad.output, 'configuration')).toMatch(
      /^FAIL {2}configuration: BACKUP_SCHEDULE: must be "off"/,
    );
    const http = await runCli(['doctor'], {
      DATA_DIR: await tempDataDir(),
      PUBLIC_URL: 'http://clinic.example.org',
    });
    expect(line(http.output, 'PUBLIC_URL')).toMatch(/^FAIL {2}PUBLIC_URL: .* not https/);
  });

  it('checks a running Corium and a stopped one: permissions, durability, schema and backups', async () => {
    const dataDir = await tempDataDir();
    const server = await startCorium({ DATA_DIR: dataDir });
    running.push(server);
    await waitHealthy(server);
    // The default daily schedule catches up at the first start: a backup appears soon.
    await waitForBackup(path.join(dataDir, 'backups'));

    // Corium made the directory closed to others; opened up, doctor says how to close it again.
    // As root the embedded PostgreSQL runs as the user postgres, who must pass through DATA_DIR.
    const closed = process.getuid?.() === 0 ? 0o711 : 0o700;
    expect((await stat(dataDir)).mode & 0o777).toBe(closed);
    await chmod(dataDir, 0o755);
    const open = await runCli(['doctor'], { DATA_DIR: dataDir });
    expect(open.code).toBe(1);
    expect(line(open.output, 'data directory')).toMatch(
      new RegExp(`^FAIL {2}data directory: .*mode 0755.* — chmod ${closed.toString(8)} `),
    );

    await chmod(dataDir, closed);
    const live = await runCli(['doctor'], { DATA_DIR: dataDir });
    expect(live.output).not.toMatch(/^FAIL/m);
    expect(live.code).toBe(0);
    for (const setting of ['fsync', 'synchronous_commit', 'full_page_writes'])
      expect(line(live.output, `PostgreSQL ${setting}`)).toBe(`ok    PostgreSQL ${setting}: on`);
    expect(line(live.output, 'database schema')).toMatch(/^ok {4}database schema: up to date/);
    expect(line(live.output, 'backups')).toMatch(/^ok {4}backups: last successful backup .* \(0 h ago\)/);
    expect(line(live.output, 'e-mail')).toMatch(/^warn {2}e-mail: no SMTP_URL/);
    expect(line(live.output, 'disk space')).toMatch(/free \(\d+ %\) on the disk of/);

    await stopCorium(server);
    const stopped = await runCli(['doctor'], { DATA_DIR: dataDir });
    expect(stopped.code).toBe(0);
    expect(line(stopped.output, 'database')).toMatch(/^ok {4}database: reachable \(PostgreSQL 18/);
  });
});
