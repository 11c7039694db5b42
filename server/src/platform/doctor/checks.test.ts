import { describe, expect, it } from 'vitest';
import {
  checkBackupAge,
  checkDataDir,
  checkDiskSpace,
  checkDurability,
  checkMail,
  checkMigrations,
  checkPublicUrl,
  type DataDirState,
} from './checks';
import { formatFinding, hasFailure } from './finding';

const MB = 1024 * 1024;
const GB = 1024 * MB;

describe('checkDataDir', () => {
  const good: DataDirState = {
    path: '/srv/corium',
    embedded: true,
    exists: true,
    isDirectory: true,
    mode: 0o40700,
    ownerUid: 1000,
    processUid: 1000,
  };

  it('passes a folder of the running user closed to everyone else', () => {
    expect(checkDataDir(good)).toMatchObject({ level: 'ok', message: expect.stringContaining('0700') });
  });

  it('fails a folder every user can read, and warns about one open to its group', () => {
    expect(checkDataDir({ ...good, mode: 0o40755 })).toMatchObject({
      level: 'fail',
      fix: 'chmod 700 /srv/corium',
    });
    expect(checkDataDir({ ...good, mode: 0o40750 })).toMatchObject({ level: 'warn' });
  });

  it('fails a folder owned by someone else', () => {
    expect(checkDataDir({ ...good, ownerUid: 0 })).toMatchObject({
      level: 'fail',
      fix: expect.stringContaining('chown'),
    });
  });

  it('asks for 0711 when root runs Corium, so that the user postgres reaches its own folder inside', () => {
    const asRoot = { ...good, ownerUid: 0, processUid: 0 };
    expect(checkDataDir({ ...asRoot, mode: 0o40700 })).toMatchObject({
      level: 'fail',
      fix: 'chmod 711 /srv/corium',
    });
    expect(checkDataDir({ ...asRoot, mode: 0o40711 }).level).toBe('ok');
    expect(checkDataDir({ ...asRoot, mode: 0o40755 }).level).toBe('fail');
    expect(checkDataDir({ ...asRoot, mode: 0o40700, embedded: false }).level).toBe('ok');
  });

  it('fails a missing folder for the embedded database, and only warns with an external one', () => {
    expect(checkDataDir({ ...good, exists: false }).level).toBe('fail');
    expect(checkDataDir({ ...good, exists: false, embedded: false }).level).toBe('warn');
    expect(checkDataDir({ ...good, isDirectory: false }).level).toBe('fail');
  });
});

describe('checkDurability', () => {
  const safe = { fsync: 'on', synchronous_commit: 'on', full_page_writes: 'on' };

  it('passes the defaults and synchronous_commit = local', () => {
    expect(checkDurability(safe).map((f) => f.level)).toEqual(['ok', 'ok', 'ok']);
    expect(checkDurability({ ...safe, synchronous_commit: 'local' })[1]!.level).toBe('ok');
  });

  it('fails each setting that trades safety for speed, saying what to set', () => {
    const findings = checkDurability({ fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' });
    expect(findings.map((f) => f.level)).toEqual(['fail', 'fail', 'fail']);
    expect(findings[0]).toMatchObject({
      check: 'PostgreSQL fsync',
      fix: 'set fsync = on in postgresql.conf and reload',
    });
  });
});

describe('checkDiskSpace', () => {
  const disk = (freeBytes: number, totalBytes = 100 * GB) =>
    checkDiskSpace({ path: '/srv', freeBytes, totalBytes });

  it('fails below 500 MB, warns below 2 GB or 10 %, passes otherwise', () => {
    expect(disk(499 * MB).level).toBe('fail');
    expect(disk(1.5 * GB, 10 * GB).level).toBe('warn');
    expect(disk(5 * GB, 100 * GB).level).toBe('warn');
    expect(disk(20 * GB, 100 * GB)).toMatchObject({
      level: 'ok',
      message: '20.0 GB free (20 %) on the disk of /srv',
    });
  });
});

describe('checkBackupAge', () => {
  const now = new Date('2026-11-26T12:00:00Z');
  const state = { embedded: true, scheduleEnabled: true, lastSuccess: new Date('2026-11-26T02:30:00Z'), now };

  it('passes a backup from last night', () => {
    expect(checkBackupAge(state)).toMatchObject({ level: 'ok', message: expect.stringContaining('9 h ago') });
  });

  it('warns when the last success is more than two days old, or there is none', () => {
    expect(checkBackupAge({ ...state, lastSuccess: new Date('2026-11-24T02:30:00Z') }).level).toBe('warn');
    expect(checkBackupAge({ ...state, lastSuccess: null }).level).toBe('warn');
  });

  it("warns when the embedded database has its schedule off; an external one is the operator's to back up", () => {
    expect(checkBackupAge({ ...state, scheduleEnabled: false }).level).toBe('warn');
    expect(
      checkBackupAge({ ...state, embedded: false, scheduleEnabled: false, lastSuccess: null }).level,
    ).toBe('ok');
  });
});

describe('checkPublicUrl', () => {
  it('fails plain http beyond this machine: the __Host- cookie needs https', () => {
    expect(checkPublicUrl('http://clinic.example.org', '0.0.0.0')[0]).toMatchObject({ level: 'fail' });
    expect(checkPublicUrl('http://localhost:3000', '127.0.0.1')[0]!.level).toBe('ok');
  });

  it('checks that an https set-up is reached through its proxy only', () => {
    expect(checkPublicUrl('https://clinic.example.org', '127.0.0.1').map((f) => f.level)).toEqual([
      'ok',
      'ok',
    ]);
    expect(checkPublicUrl('https://clinic.example.org', '0.0.0.0')[1]).toMatchObject({
      check: 'proxy',
      level: 'warn',
    });
  });
});

describe('checkMail and checkMigrations', () => {
  it('names the SMTP host without its password, and warns about file mail', () => {
    expect(checkMail('smtps://user:secret@mail.example.org', '/srv/mail').message).toBe(
      'sent over SMTP via mail.example.org',
    );
    expect(checkMail(undefined, '/srv/mail')).toMatchObject({
      level: 'warn',
      message: expect.stringContaining('/srv/mail'),
    });
  });

  it('tells pending, changed and unknown migrations apart', () => {
    const files = [
      { version: '1', checksum: 'a' },
      { version: '2', checksum: 'b' },
    ];
    expect(checkMigrations({ files, applied: files }).level).toBe('ok');
    expect(checkMigrations({ files, applied: files.slice(0, 1) }).level).toBe('warn');
    expect(checkMigrations({ files, applied: [{ version: '1', checksum: 'x' }] }).level).toBe('fail');
    expect(checkMigrations({ files, applied: [...files, { version: '3', checksum: 'c' }] }).level).toBe(
      'fail',
    );
  });
});

describe('formatFinding', () => {
  it('prints one line with the fix, and tells whether anything failed', () => {
    const finding = {
      level: 'fail' as const,
      check: 'disk space',
      message: '310 MB free',
      fix: 'free space',
    };
    expect(formatFinding(finding)).toBe('FAIL  disk space: 310 MB free — free space');
    expect(formatFinding({ level: 'ok', check: 'e-mail', message: 'SMTP' })).toBe('ok    e-mail: SMTP');
    expect(hasFailure([finding])).toBe(true);
  });
});
