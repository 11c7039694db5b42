import type { AdverseEvent, AdverseEventReport, RecordAdverseEventRequest } from '@corium/contracts';
import type { Deps } from '../../deps';
import { recordAudit } from '../../platform/audit/audit';
import type { Principal, RequestMeta } from '../../platform/auth/policy';
import { actorOf } from '../../platform/auth/request-meta';
import type { Executor, Trx } from '../../platform/db/database';
import { AppError } from '../../platform/errors/app-error';
import { newId } from '../../platform/ids';
import { renderAdverseEventPdf } from './adverse-events/adverse-event-pdf';
import { toAdverseEvent } from './adverse-events/adverse-events.mapper';
import * as repo from './adverse-events/adverse-events.repo';
import { buildReport } from './adverse-events/report';
import { loadTreatmentFacts } from './plan/treatment-facts';
import { recordWebhookEvent } from '../webhooks/webhook-events';
import * as chart from './session-facts.repo';

/**
 * Adverse events: a clinician records one from an alert or any other report, linked to the
 * session and — from its chart — the pen, the cartridge lots and the topical lots; exported as
 * a regulator-style report (JSON, PDF) for MHRA Yellow Card or FDA MedWatch filing.
 */

export async function adverseEventsOfPatient(
  db: Executor,
  clinicId: string,
  patientId: string,
): Promise<AdverseEvent[]> {
  const rows = await repo.eventsOfPatient(db, clinicId, patientId);
  const lots = await repo.lotsOfEvents(
    db,
    clinicId,
    rows.map((r) => r.id),
  );
  const devices = await repo.devicesByIds(db, clinicId, [
    ...new Set(rows.flatMap((r) => (r.device_id ? [r.device_id] : []))),
  ]);
  return rows.map((row) => toAdverseEvent(row, lots, devices));
}

async function linkFromAlert(
  trx: Trx,
  clinicId: string,
  patientId: string,
  request: RecordAdverseEventRequest,
  eventId: string,
) {
  if (!request.alertId) return;
  const alert = await repo.lockAlertForEvent(trx, clinicId, request.alertId);
  if (!alert || alert.patient_id !== patientId)
    throw new AppError('NOT_FOUND', 'No alert with this id for this patient');
  if (alert.session_id !== request.sessionId)
    throw new AppError('VALIDATION_FAILED', 'The alert is about another session', [
      { path: 'alertId', message: 'Not from this session' },
    ]);
  if (alert.adverse_event_id)
    throw new AppError('CONFLICT', 'An adverse event is already recorded from this alert');
  await repo.linkAlert(trx, clinicId, alert.id, eventId);
}

/** The session's cartridge and topical lots, each once per role. */
async function linkLots(trx: Trx, clinicId: string, sessionId: string, eventId: string): Promise<void> {
  const lots = await chart.sessionLots(trx, clinicId, sessionId);
  const unique = new Map(lots.map((l) => [`${l.lot_id}:${l.role}`, l]));
  await repo.insertLots(
    trx,
    [...unique.values()].map((l) => ({
      clinic_id: clinicId,
      adverse_event_id: eventId,
      lot_id: l.lot_id,
      role: l.role,
    })),
  );
}

export async function recordAdverseEvent(
  deps: Deps,
  principal: Principal,
  patientId: string,
  request: RecordAdverseEventRequest,
  meta: RequestMeta,
): Promise<AdverseEvent> {
  const { clinicId } = principal;
  return deps.db.transaction().execute(async (trx) => {
    const { session } = await loadTreatmentFacts(trx, clinicId, request.sessionId);
    if (session.patient_id !== patientId)
      throw new AppError('NOT_FOUND', 'No signed treatment session with this id');
    const id = newId();
    const now = deps.clock.now();
    await repo.insertAdverseEvent(trx, {
      id,
      clinic_id: clinicId,
      patient_id: patientId,
      session_id: request.sessionId,
      device_id: session.device_id,
      term: request.term,
      term_other: request.termOther ?? null,
      description: request.description,
      onset_day: request.onsetDay,
      severity_grade: request.severityGrade,
      seriousness: [...new Set(request.seriousness)],
      treatment_given: request.treatmentGiven,
      outcome: request.outcome,
      causality: request.causality,
      recorded_by: principal.userId,
      recorded_at: now,
    });
    await linkLots(trx, clinicId, request.sessionId, id);
    await linkFromAlert(trx, clinicId, patientId, request, id);
    await recordWebhookEvent(trx, clinicId, 'adverse_event.recorded', `AdverseEvent/${id}`, now);
    await recordAudit(
      trx,
      actorOf(principal, meta),
      {
        action: 'create',
        resourceType: 'adverse_event',
        resourceId: id,
        patientIds: [patientId],
        details: { term: request.term, alertId: request.alertId ?? null },
      },
      now,
    );
    return (await adverseEventsOfPatient(trx, clinicId, patientId)).find((e) => e.id === id)!;
  });
}

async function reportOf(
  trx: Trx,
  deps: Deps,
  principal: Principal,
  patientId: string,
  eventId: string,
): Promise<AdverseEventReport> {
  const row = await repo.findAdverseEvent(trx, principal.clinicId, patientId, eventId);
  if (!row) throw new AppError('NOT_FOUND', 'No adverse event with this id');
  const event = (await adverseEventsOfPatient(trx, principal.clinicId, patientId)).find(
    (e) => e.id === eventId,
  )!;
  const { session } = await loadTreatmentFacts(trx, principal.clinicId, row.session_id);
  return buildReport({
    event,
    generatedAt: deps.clock.now(),
    clinic: (await repo.clinicName(trx, principal.clinicId)).name,
    reporter: { name: row.recorded_by_name, role: row.recorded_by_role },
    patient: await repo.reportPatient(trx, principal.clinicId, patientId),
    session: { ...session, zones: await chart.sessionZones(trx, principal.clinicId, row.session_id) },
  });
}

/** The report as JSON; exporting it is audited like any export of patient data. */
export async function adverseEventReport(
  deps: Deps,
  principal: Principal,
  patientId: string,
  eventId: string,
  meta: RequestMeta,
): Promise<AdverseEventReport> {
  return deps.db.transaction().execute(async (trx) => {
    const report = await reportOf(trx, deps, principal, patientId, eventId);
    await recordAudit(
      trx,
      actorOf(principal, meta),
      {
        action: 'export',
        resourceType: 'adverse_event',
        resourceId: eventId,
        patientIds: [patientId],
        details: { format: 'json' },
      },
      deps.clock.now(),
    );
    return report;
  });
}

export async function adverseEventPdf(
  deps: Deps,
  principal: Principal,
  patientId: string,
  eventId: string,
  meta: RequestMeta,
): Promise<Buffer> {
  return deps.db.transaction().execute(async (trx) => {
    const report = await reportOf(trx, deps, principal, patientId, eventId);
    await recordAudit(
      trx,
      actorOf(principal, meta),
      {
        action: 'export',
        resourceType: 'adverse_event',
        resourceId: eventId,
        patientIds: [patientId],
        details: { format: 'pdf' },
      },
      deps.clock.now(),
    );
    return Buffer.from(await renderAdverseEventPdf(report));
  });
}
