import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import pino from 'pino';
import type { TestApp } from '../../../test/build-test-app';
import { allJobs } from '../../jobs';
import { createDrainer } from '../../platform/jobs/worker';

/**
 * What the appointment-message integration tests share: running the outbox as the worker does,
 * and reading the .eml files the file transport writes into DATA_DIR/mail.
 */

/** Runs every job due now, as the worker would; returns how many ran. */
export const drainOutbox = (t: TestApp): Promise<number> =>
  createDrainer({
    db: t.deps.db,
    deps: t.deps,
    jobs: allJobs,
    log: pino({ level: 'silent' }),
    clock: t.clock,
    pollMs: 50,
  }).drain();

/** Queued appointment messages of a clinic, oldest first. */
export const queuedNotices = (t: TestApp, clinicId: string) =>
  t.deps.db
    .selectFrom('outbox')
    .select(['id', 'payload', 'run_at', 'status', 'attempts', 'last_error'])
    .where('clinic_id', '=', clinicId)
    .where('job', '=', 'notifications.appointment-notice')
    .orderBy('run_at')
    .orderBy('created_at')
    .execute() as Promise<
    {
      id: string;
      payload: { kind: string; channel: string; visits: { appointmentId: string; start: string }[] };
      run_at: Date;
      status: string;
      attempts: number;
      last_error: string | null;
    }[]
  >;

export interface SentMail {
  file: string;
  headers: string;
  text: string;
  /** The decoded calendar invites attached, as sent (CRLF line ends and all). */
  invites: string[];
}

function decode(part: string): { headers: string; body: string } {
  const split = part.indexOf('\n\n');
  const headers = part.slice(0, split);
  const raw = part.slice(split + 2).trim();
  if (/content-transfer-encoding: base64/i.test(headers))
    return { headers, body: Buffer.from(raw.replace(/\s+/g, ''), 'base64').toString('utf8') };
  if (/content-transfer-encoding: quoted-printable/i.test(headers))
    return {
      headers,
      body: Buffer.from(
        raw
          .replace(/=\n/g, '')
          .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
        'latin1',
      ).toString('utf8'),
    };
  return { headers, body: raw };
}

/** A message's text part and invites, split at its MIME boundary (no parser needed for what nodemailer writes). */
export function readMail(file: string, raw: string): SentMail {
  // MIME line ends may be CRLF or LF; the invites inside are base64, so their own CRLFs survive this.
  const eml = raw.replace(/\r\n/g, '\n');
  const boundary = /boundary="?([^"\n;]+)"?/.exec(eml)?.[1];
  const headers = eml.slice(0, eml.indexOf('\n\n'));
  if (!boundary) return { file, headers, text: decode(eml).body, invites: [] };
  const parts = eml.split(`--${boundary}`).slice(1, -1).map(decode);
  const text = parts.find((p) => /content-type: text\/plain/i.test(p.headers))?.body ?? '';
  const invites = parts.filter((p) => /content-type: text\/calendar/i.test(p.headers)).map((p) => p.body);
  return { file, headers, text, invites };
}

/** Every message written so far, by file name. */
export async function sentMail(t: TestApp): Promise<SentMail[]> {
  const dir = path.join(t.deps.config.dataDir, 'mail');
  const files = await readdir(dir).catch(() => [] as string[]);
  const mails = [];
  for (const file of files.sort()) mails.push(readMail(file, await readFile(path.join(dir, file), 'utf8')));
  return mails;
}

/** The invite's properties after RFC 5545 unfolding: `{ METHOD: 'REQUEST', … }` (first of each name). */
export function inviteProperties(ics: string): Record<string, string> {
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
  const props: Record<string, string> = {};
  for (const line of lines) {
    const name = /^[A-Z-]+/.exec(line)?.[0];
    if (name && !(name in props)) props[name] = line.slice(line.indexOf(':') + 1);
  }
  return props;
}
