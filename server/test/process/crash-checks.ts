import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { withSql, type BatteryTarget } from '../battery/battery-database';
import { bearer, type Acknowledged, type ClinicApi } from './crash-writes';

/**
 * What the crash loop checks after every restart: each acknowledged write is there and reads
 * back as written (through the API, as the clinic would look), and nothing is half done —
 * a booking without its queued confirmation, a photo without its files, or a file without its
 * photo that no reconcile is coming for.
 */

type Json = Record<string, unknown>;

async function get(api: ClinicApi, url: string): Promise<{ status: number; body: Json }> {
  const response = await fetch(`${api.url}${url}`, { headers: bearer(api.token) });
  const text = await response.text();
  return { status: response.status, body: response.ok ? (JSON.parse(text) as Json) : { text } };
}

const sameInstant = (a: unknown, b: string) => typeof a === 'string' && Date.parse(a) === Date.parse(b);

async function patientProblem(api: ClinicApi, write: Extract<Acknowledged, { kind: 'patient' }>) {
  const { status, body } = await get(api, `/api/patients/${write.id}`);
  if (status !== 200) return `patient ${write.id}: ${status}`;
  // Every field as sent, except the instruction not to offer possible duplicates.
  const differs = Object.entries(write.body).filter(
    ([key, value]) => key !== 'confirmNotDuplicate' && JSON.stringify(body[key]) !== JSON.stringify(value),
  );
  return differs.length
    ? `patient ${write.id}: ${differs.map(([key]) => key).join(', ')} changed`
    : undefined;
}

async function appointmentProblem(api: ClinicApi, write: Extract<Acknowledged, { kind: 'appointment' }>) {
  const { status, body } = await get(api, `/api/patients/${write.patientId}/appointments`);
  const found = status === 200 && (body.appointments as Json[]).find((a) => a.id === write.id);
  if (!found) return `appointment ${write.id}: missing (${status})`;
  if (found.status !== 'booked' || !sameInstant(found.start, write.start))
    return `appointment ${write.id}: ${String(found.status)} at ${String(found.start)}, booked for ${write.start}`;
  return undefined;
}

async function consentProblem(api: ClinicApi, write: Extract<Acknowledged, { kind: 'consent' }>) {
  const { status, body } = await get(api, `/api/patients/${write.patientId}/consents`);
  const found = status === 200 && (body.consents as Json[]).find((c) => c.id === write.id);
  if (!found) return `consent ${write.id}: missing (${status})`;
  if (found.documentSha256 !== write.documentSha256 || found.pdfSha256 !== write.pdfSha256)
    return `consent ${write.id}: its text or PDF hash changed`;
  return undefined;
}

/** The photo is listed as taken, and its full image downloads with the SHA-256 its row records. */
async function photoProblem(
  api: ClinicApi,
  write: Extract<Acknowledged, { kind: 'photo' }>,
  recordedSha256: Map<string, string>,
) {
  const { status, body } = await get(api, `/api/patients/${write.patientId}/photos`);
  const found = status === 200 && (body.photos as Json[]).find((p) => p.id === write.id);
  if (!found) return `photo ${write.id}: missing (${status})`;
  if (found.view !== write.view || found.width !== write.width || found.height !== write.height)
    return `photo ${write.id}: its view or size changed`;
  const file = await fetch(`${api.url}${(found.urls as { full: string }).full}`, {
    headers: bearer(api.token),
  });
  if (file.status !== 200) return `photo ${write.id}: its image answers ${file.status}`;
  const sha256 = createHash('sha256')
    .update(Buffer.from(await file.arrayBuffer()))
    .digest('hex');
  return sha256 === recordedSha256.get(write.id)
    ? undefined
    : `photo ${write.id}: its image differs from its SHA-256`;
}

/** Problems with the given acknowledged writes; an empty list when every one is intact. */
export async function acknowledgedProblems(
  api: ClinicApi,
  target: BatteryTarget,
  writes: readonly Acknowledged[],
): Promise<string[]> {
  const photoIds = writes.filter((w) => w.kind === 'photo').map((w) => w.id);
  const recorded = await withSql(target, async (client) => {
    const { rows } = await client.query<{ id: string; sha256: string }>(
      'SELECT id, sha256 FROM photo WHERE id = ANY($1::uuid[])',
      [photoIds],
    );
    return new Map(rows.map((r) => [r.id, r.sha256]));
  });
  const check = (write: Acknowledged) => {
    if (write.kind === 'patient') return patientProblem(api, write);
    if (write.kind === 'appointment') return appointmentProblem(api, write);
    if (write.kind === 'consent') return consentProblem(api, write);
    return photoProblem(api, write, recorded);
  };
  const problems: (string | undefined)[] = [];
  // A few reads at a time, as a busy front desk would make them.
  for (let i = 0; i < writes.length; i += 6)
    problems.push(...(await Promise.all(writes.slice(i, i + 6).map(check))));
  return problems.filter((p): p is string => p !== undefined);
}

const photoRoot = (dataDir: string) => path.join(dataDir, 'blobs', 'photos');
const fileOf = (dataDir: string, key: string) => path.join(dataDir, 'blobs', key);

/** Every photo file in the blob store, by key (`photos/ab/ab12…`), with when it was written. */
export async function photoFiles(dataDir: string): Promise<Map<string, Date>> {
  const files = new Map<string, Date>();
  const fans = await readdir(photoRoot(dataDir)).catch(() => [] as string[]);
  for (const fan of fans)
    for (const name of await readdir(path.join(photoRoot(dataDir), fan)))
      files.set(`photos/${fan}/${name}`, (await stat(path.join(photoRoot(dataDir), fan, name))).mtime);
  return files;
}

/**
 * Half-done work anywhere in the database, whoever wrote it (acknowledged or not): a visit
 * without its confirmation in the outbox, a photo row without both files, and a file without a
 * row that is either older than the reconcile's grace or has no reconcile queued to remove it.
 */
export async function halfDoneProblems(target: BatteryTarget, orphanGraceMs: number): Promise<string[]> {
  return withSql(target, async (client) => {
    const unconfirmed = await client.query<{ id: string }>(
      `SELECT a.id FROM appointment a
        WHERE NOT EXISTS (
          SELECT 1 FROM outbox o
           WHERE o.job = 'notifications.appointment-notice' AND o.payload->>'kind' = 'confirmation'
             AND o.payload->'visits' @> jsonb_build_array(jsonb_build_object('appointmentId', a.id::text)))`,
    );
    const photos = await client.query<{ id: string; image_key: string; thumbnail_key: string }>(
      'SELECT id, image_key, thumbnail_key FROM photo',
    );
    const reconcile = await client.query(
      "SELECT 1 FROM outbox WHERE job = 'photos.reconcile' AND status = 'pending'",
    );
    const problems = unconfirmed.rows.map((r) => `appointment ${r.id} has no confirmation in the outbox`);
    for (const p of photos.rows)
      for (const key of [p.image_key, p.thumbnail_key])
        if (!existsSync(fileOf(target.dataDir, key))) problems.push(`photo ${p.id} has no file ${key}`);
    const inUse = new Set(photos.rows.flatMap((p) => [p.image_key, p.thumbnail_key]));
    for (const [key, writtenAt] of await photoFiles(target.dataDir)) {
      if (inUse.has(key)) continue;
      if (Date.now() - writtenAt.getTime() >= orphanGraceMs) problems.push(`file ${key} outlived the grace`);
      else if (reconcile.rowCount === 0) problems.push(`file ${key} has no row and no reconcile queued`);
    }
    return problems;
  });
}
