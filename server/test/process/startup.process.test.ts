import { afterEach, describe, expect, it } from 'vitest';
import {
  onboardingBody,
  postJson,
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

describe('start-up and the corium command', () => {
  it('refuses bad configuration, naming the variable', async () => {
    const corium = await startCorium({ DATA_DIR: await tempDataDir(), DATABASE_URL: 'mysql://nope' });
    running.push(corium);
    expect(await corium.exited).toBe(1);
    expect(corium.output()).toContain('DATABASE_URL: must start with postgres://');
  });

  it('creates a user from the command line, who can then sign in', async () => {
    const dataDir = await tempDataDir();
    const server = await startCorium({ DATA_DIR: dataDir });
    running.push(server);
    await waitHealthy(server);
    expect((await postJson(`${server.url}/api/setup`, onboardingBody)).status).toBe(201);
    await stopCorium(server);

    const bad = await runCli(
      ['create-user', '--email', 'kim@process.test', '--role', 'surgeon'],
      { DATA_DIR: dataDir },
      'long enough pw\n',
    );
    expect(bad.code).toBe(1);
    expect(bad.output).toContain('--role');
    const created = await runCli(
      ['create-user', '--email', 'Kim@process.test', '--role', 'practitioner', '--name', 'Kim Park'],
      { DATA_DIR: dataDir },
      'needles and pins 2026\n',
    );
    expect(created.output).toContain('Created practitioner kim@process.test');
    expect(created.code).toBe(0);
    expect((await runCli(['migrate'], { DATA_DIR: dataDir })).output).toContain('up to date');
    const token = await runCli(['token', 'create', '--user', 'kim@process.test', '--expires', '7d'], {
      DATA_DIR: dataDir,
    });
    expect(token.code).toBe(0);
    const bearer = /^crm_[A-Za-z0-9_-]{43}$/m.exec(token.output)?.[0];
    expect(bearer).toBeDefined();

    const again = await startCorium({ DATA_DIR: dataDir });
    running.push(again);
    await waitHealthy(again);
    const signIn = await postJson(`${again.url}/api/auth/sign-in`, {
      email: 'kim@process.test',
      password: 'needles and pins 2026',
    });
    expect(signIn.status).toBe(200);
    expect(await signIn.json()).toMatchObject({ state: 'totp_enrolment_required' });
    const withToken = await fetch(`${again.url}/api/patients`, {
      headers: { authorization: `Bearer ${bearer}` },
    });
    expect(withToken.status).toBe(200);
    await stopCorium(again);
    const audit = await runCli(['audit', 'verify'], { DATA_DIR: dataDir });
    expect(audit.output).toMatch(/Audit log intact: \d+ events verified/);
    expect(audit.code).toBe(0);
  });

  it('prints usage for an unknown command', async () => {
    const result = await runCli(['frobnicate'], {});
    expect(result.code).toBe(1);
    expect(result.output).toContain('Unknown command "frobnicate"');
    expect(result.output).toContain('create-user --email E --role R');
  });

  it('starts the demo clinic and prints its logins', async () => {
    const demo = await startCorium({ DATA_DIR: await tempDataDir() }, ['--demo']);
    running.push(demo);
    await waitHealthy(demo);
    expect(demo.output()).toContain('Demo clinic "Lumen Skin Clinic" is ready');
    expect(demo.output()).toContain('frontdesk@demo.corium.clinic');
  });
});
