import type {
  AftercareAlert,
  AftercareDashboard,
  AftercareSettings,
  AftercareSettingsRequest,
  ResolveAlertRequest,
} from '@corium/contracts';
import type { Deps } from '../../deps';
import { recordAudit } from '../../platform/audit/audit';
import type { Principal, RequestMeta } from '../../platform/auth/policy';
import { actorOf } from '../../platform/auth/request-meta';
import type { Executor } from '../../platform/db/database';
import { AppError } from '../../platform/errors/app-error';
import { toAlert } from './alerts/alerts.mapper';
import * as repo from './alerts/alerts.repo';
import { responseSettings } from './alerts/response-settings';
import * as checkIns from './check-ins.repo';

/** The clinic's alert dashboard, acknowledging and resolving alerts, and the on-call settings. */

const SEVERITY = { emergency: 0, urgent: 1, review: 2 } as const;
/** Missed check-ins stay on the dashboard for two weeks after they closed. */
const MISSED_WINDOW_MS = 14 * 86_400_000;

/** Alert rows → DTOs, with every recipient's name looked up once. */
export async function alertsToDtos(
  db: Executor,
  clinicId: string,
  rows: repo.AlertRow[],
): Promise<AftercareAlert[]> {
  const staff = await repo.staffByIds(db, clinicId, [...new Set(rows.flatMap((r) => r.recipient_ids))]);
  const names = new Map(staff.map((s) => [s.id, s.display_name]));
  return rows.map((row) => toAlert(row, names));
}

export async function getDashboard(
  deps: Deps,
  principal: Principal,
  meta: RequestMeta,
): Promise<AftercareDashboard> {
  return deps.db.transaction().execute(async (trx) => {
    const now = deps.clock.now();
    const rows = await repo.unresolvedAlerts(trx, principal.clinicId);
    rows.sort(
      (a, b) => SEVERITY[a.level] - SEVERITY[b.level] || a.raised_at.getTime() - b.raised_at.getTime(),
    );
    const missed = await checkIns.missedCheckIns(
      trx,
      principal.clinicId,
      now,
      new Date(now.getTime() - MISSED_WINDOW_MS),
    );
    const patientIds = [...new Set([...rows.map((r) => r.patient_id), ...missed.map((m) => m.patient_id)])];
    await recordAudit(
      trx,
      actorOf(principal, meta),
      { action: 'read', resourceType: 'aftercare_dashboard', patientIds },
      now,
    );
    const count = (level: keyof typeof SEVERITY) =>
      rows.filter((r) => r.level === level && !r.acknowledged_at).length;
    return {
      counts: { emergency: count('emergency'), urgent: count('urgent'), review: count('review') },
      alerts: await alertsToDtos(trx, principal.clinicId, rows),
      missedCheckIns: missed.map((m) => ({
        checkInId: m.id,
        planId: m.plan_id,
        patient: { id: m.patient_id, name: `${m.given_name} ${m.family_name}` },
        day: m.day,
        dueDate: m.due_date,
        closedAt: m.closes_at.toISOString(),
        reminderSentAt: m.reminder_sent_at?.toISOString() ?? null,
      })),
    };
  });
}

async function changeAlert(
  deps: Deps,
  principal: Principal,
  meta: RequestMeta,
  alertId: string,
  change: (
    alert: NonNullable<Awaited<ReturnType<typeof repo.lockAlert>>>,
    now: Date,
  ) => Parameters<typeof repo.setAlert>[3],
): Promise<AftercareAlert> {
  return deps.db.transaction().execute(async (trx) => {
    const alert = await repo.lockAlert(trx, principal.clinicId, alertId);
    if (!alert) throw new AppError('NOT_FOUND', 'No alert with this id');
    const now = deps.clock.now();
    const set = change(alert, now);
    // Acknowledging an acknowledged alert changes nothing: an empty SET is not SQL.
    if (Object.keys(set).length > 0) await repo.setAlert(trx, principal.clinicId, alertId, set);
    await recordAudit(
      trx,
      actorOf(principal, meta),
      {
        action: 'update',
        resourceType: 'aftercare_alert',
        resourceId: alertId,
        patientIds: [alert.patient_id],
        details: { change: Object.keys(set) },
      },
      now,
    );
    const [dto] = await alertsToDtos(trx, principal.clinicId, [
      (await repo.findAlert(trx, principal.clinicId, alertId))!,
    ]);
    return dto!;
  });
}

/** Stops the response timer: someone has it. Acknowledging twice keeps the first. */
export const acknowledgeAlert = (deps: Deps, principal: Principal, alertId: string, meta: RequestMeta) =>
  changeAlert(deps, principal, meta, alertId, (alert, now) =>
    alert.acknowledged_at ? {} : { acknowledged_at: now, acknowledged_by: principal.userId },
  );

export const resolveAlert = (
  deps: Deps,
  principal: Principal,
  alertId: string,
  request: ResolveAlertRequest,
  meta: RequestMeta,
) =>
  changeAlert(deps, principal, meta, alertId, (alert, now) => {
    if (alert.resolved_at) throw new AppError('CONFLICT', 'This alert is already resolved');
    return {
      ...(alert.acknowledged_at ? {} : { acknowledged_at: now, acknowledged_by: principal.userId }),
      resolved_at: now,
      resolved_by: principal.userId,
      resolution_note: request.note,
    };
  });

async function settingsDto(db: Executor, clinicId: string): Promise<AftercareSettings> {
  const settings = await responseSettings(db, clinicId);
  const staff = await repo.staffByIds(db, clinicId, settings.onCallUserIds);
  return {
    onCall: staff.map((s) => ({ id: s.id, name: s.display_name })),
    responseMinutes: settings.minutes,
  };
}

export const getSettings = (deps: Deps, principal: Principal): Promise<AftercareSettings> =>
  settingsDto(deps.db, principal.clinicId);

/** On call: practitioners and medical directors of the clinic, active. */
export async function saveSettings(
  deps: Deps,
  principal: Principal,
  request: AftercareSettingsRequest,
  meta: RequestMeta,
): Promise<AftercareSettings> {
  return deps.db.transaction().execute(async (trx) => {
    const ids = [...new Set(request.onCallUserIds)];
    const staff = await repo.staffByIds(trx, principal.clinicId, ids);
    const clinical = new Set(
      staff.filter((s) => s.role === 'practitioner' || s.role === 'medical_director').map((s) => s.id),
    );
    const wrong = ids.findIndex((id) => !clinical.has(id));
    if (wrong >= 0)
      throw new AppError(
        'VALIDATION_FAILED',
        'Only active practitioners and medical directors can be on call',
        [
          {
            path: `onCallUserIds.${wrong}`,
            message: 'Not an active practitioner or medical director of this clinic',
          },
        ],
      );
    const now = deps.clock.now();
    await repo.saveSettings(trx, {
      clinic_id: principal.clinicId,
      on_call_user_ids: ids,
      review_minutes: request.responseMinutes.review,
      urgent_minutes: request.responseMinutes.urgent,
      emergency_minutes: request.responseMinutes.emergency,
      updated_by: principal.userId,
      updated_at: now,
    });
    await recordAudit(
      trx,
      actorOf(principal, meta),
      { action: 'update', resourceType: 'aftercare_settings', details: { onCall: ids } },
      now,
    );
    return settingsDto(trx, principal.clinicId);
  });
}
