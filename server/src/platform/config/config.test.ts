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
});
