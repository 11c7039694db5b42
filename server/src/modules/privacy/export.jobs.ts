import { z } from 'zod';
import type { Deps } from '../../deps';
import { recordAudit } from '../../platform/audit/audit';
import { defineJob } from '../../platform/jobs/job';
import { enqueue } from '../../platform/jobs/outbox';
import { completeExport, expireArchives, lockExport } from './export.repo';
import { buildRecordArchive } from './record-archive';
import { photoEntries } from './record-photos';

/** How long a copy stays downloadable: 7 days, then the archive is removed. */
export const EXPORT_DAYS = 7;
const DAY_MS = 86_400_000;

const payload = z.object({ exportId: z.uuid(), clinicId: z.uuid() });
type Payload = z.infer<typeof payload>;

/** Removes a copy's archive once its time is up; the request stays on record. */
export const exportExpiryJob = defineJob<Payload, Deps>({
  name: 'privacy.export-expiry',
  payload,
  async handle(_deps, { exportId, clinicId }, ctx) {
    await expireArchives(ctx.trx, clinicId, { exportId });
  },
});

/**
 * Makes a patient's copy of their record and stores it with the request, in the worker's
 * transaction: the archive exists if and only if the request says it is ready. Records, as the
 * requester, that the record was exported, and queues the removal for the expiry time.
 */
export const patientExportJob = defineJob<Payload, Deps>({
  name: 'privacy.patient-export',
  payload,
  async handle(deps, { exportId, clinicId }, ctx) {
    const row = await lockExport(ctx.trx, clinicId, exportId);
    if (!row || row.status !== 'preparing') return; // removed by an erasure before it ran
    const now = deps.clock.now();
    const origin = new URL(deps.config.publicUrl).origin;
    const copy = {
      clinicId,
      patientId: row.patient_id,
      requestedBy: row.requested_by,
      outboxId: ctx.outboxId,
    };
    const photos = await photoEntries(deps, ctx.trx, copy);
    const built = await buildRecordArchive(
      ctx.trx,
      { clinicId, patientId: row.patient_id, origin },
      photos,
      now,
    );
    if (!built) throw new Error(`Export ${exportId}: its patient is not in clinic ${clinicId}`);
    const expiresAt = new Date(now.getTime() + EXPORT_DAYS * DAY_MS);
    await completeExport(ctx.trx, clinicId, exportId, { ...built, readyAt: now, expiresAt });
    await enqueue(ctx.trx, exportExpiryJob, { exportId, clinicId }, { clinicId, runAt: expiresAt });
    await recordAudit(
      ctx.trx,
      { clinicId, userId: row.requested_by, role: null, tokenId: null, ip: null, requestId: ctx.outboxId },
      {
        action: 'export',
        resourceType: 'patient_export',
        resourceId: exportId,
        patientIds: [row.patient_id],
        details: { stage: 'prepared', sha256: built.sha256, contents: built.contents },
      },
      now,
    );
  },
});

export const privacyJobs = [patientExportJob, exportExpiryJob];
