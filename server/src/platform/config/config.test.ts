import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('gives working defaults for the embedded set-up', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, host: '127.0.0.1', databaseUrl: undefined, runWorker: true });
    expect(config.dataDir).toBe(path.resolve('data'));
    expect(config.publicUrl).toBe('http://localhost:3000');
  });

  it('reads every variable it is given', () => {
    const config = loadConfig({
      PORT: '8080',
      DATA_DIR: '/srv/corium',
      DATABASE_URL: 'postgres://corium@db.internal:5432/corium',
      RUN_WORKER: 'false',
      SMTP_URL: 'smtps://user:pw@mail.example.org',
    });
    expect(config).toMatchObject({
      port: 8080,
      dataDir: '/srv/corium',
      databaseUrl: 'postgres://corium@db.internal:5432/corium',
      runWorker: false,
      smtpUrl: 'smtps://user:pw@mail.example.org',
      publicUrl: 'http://localhost:8080',
    });
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' })).toMatchObject({ databaseUrl: undefined, port: 3000 });
  });

  it('names each bad variable and what is wrong with it', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'chatty' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const names = (error as ConfigError).variables.map((v) => v.name).sort();
    expect(names).toEqual(['DATABASE_URL', 'LOG_LEVEL', 'PORT']);
    expect((error as ConfigError).message).toContain('DATABASE_URL: must start with postgres://');
  });

  it('turns text messages on only with all four SMS settings, naming the missing ones', () => {
    expect(loadConfig({}).sms).toBeUndefined();
    const sms = {
      SMS_PROVIDER_URL: 'https://api.twilio.com',
      SMS_ACCOUNT_SID: 'AC123',
      SMS_AUTH_TOKEN: 'secret',
      SMS_FROM: '+15005550006',
    };
    expect(loadConfig(sms).sms).toEqual({
      url: 'https://api.twilio.com',
      accountSid: 'AC123',
      authToken: 'secret',
      from: '+15005550006',
    });
    let error: unknown;
    try {
      loadConfig({ SMS_PROVIDER_URL: sms.SMS_PROVIDER_URL, SMS_FROM: sms.SMS_FROM });
    } catch (e) {
      error = e;
    }
    expect((error as ConfigError).variables.map((v) => v.name)).toEqual([
      'SMS_ACCOUNT_SID',
      'SMS_AUTH_TOKEN',
    ]);
    expect(() => loadConfig({ ...sms, SMS_PROVIDER_URL: 'ftp://x.org' })).toThrow(ConfigError);
  });

  it('backs up daily with the embedded database and not with an external one, unless told', () => {
    const embedded = loadConfig({ DATA_DIR: '/srv/corium' }).backups;
    expect(embedded).toEqual({
      schedule: { kind: 'daily', minuteOfDay: 150 },
      keep: 7,
      dir: '/srv/corium/backups',
      passphrase: undefined,
    });
    const external = { DATABASE_URL: 'postgres://corium@db.internal/corium' };
    expect(loadConfig(external).backups.schedule).toBeNull();
    expect(loadConfig({ ...external, BACKUP_SCHEDULE: 'every 6h', BACKUP_KEEP: '14' }).backups).toMatchObject(
      {
        schedule: { kind: 'interval', hours: 6 },
        keep: 14,
      },
    );
    expect(loadConfig({ BACKUP_SCHEDULE: 'off' }).backups.schedule).toBeNull();
  });

  it('refuses a backup schedule it cannot read and a short passphrase', () => {
    expect(() => loadConfig({ BACKUP_SCHEDULE: 'nightly' })).toThrow(/BACKUP_SCHEDULE: must be "off"/);
    expect(() => loadConfig({ BACKUP_PASSPHRASE: 'short' })).toThrow(
      /BACKUP_PASSPHRASE: must have at least 12/,
    );
  });
});
