import type {
  NotificationPreferences,
  NotificationPreferencesRequest,
  SentNotification,
} from '@corium/contracts';
import type { Deps } from '../../deps';
import { recordAudit, type AuditEvent } from '../../platform/audit/audit';
import type { Principal, RequestMeta } from '../../platform/auth/policy';
import { actorOf } from '../../platform/auth/request-meta';
import type { Trx } from '../../platform/db/database';
import { AppError } from '../../platform/errors/app-error';
import { toPreferences, toSentNotification } from './notifications.mapper';
import * as repo from './notifications.repo';

const preferenceEvent = (
  action: 'read' | 'update',
  patientId: string,
  details: Record<string, unknown>,
): AuditEvent => ({
  action,
  resourceType: 'notification_preference',
  resourceId: patientId,
  patientIds: [patientId],
  details,
});

async function preferencesOf(trx: Trx, deps: Deps, clinicId: string, patientId: string) {
  const contact = await repo.patientContact(trx, clinicId, patientId);
  if (!contact) throw new AppError('NOT_FOUND', 'No such patient');
  const row = await repo.findPreference(trx, clinicId, patientId);
  return toPreferences(row, contact, deps.sms.enabled);
}

/**
 * Texts are chosen only where they can arrive: 400 naming the field otherwise. E-mail, the
 * default, may stay chosen without an address; it starts to work once the record has one.
 */
function assertReachable(choice: NotificationPreferencesRequest, current: NotificationPreferences): void {
  const issues = [];
  if (choice.sms && !current.smsAvailable)
    issues.push({ path: 'sms', message: 'This clinic does not send text messages' });
  else if (choice.sms && !current.hasMobile)
    issues.push({
      path: 'sms',
      message: 'Text messages need a phone number in international form, e.g. +44 7700 900123',
    });
  if (issues.length > 0) throw new AppError('VALIDATION_FAILED', issues[0]!.message, issues);
}

export function getPreferences(
  deps: Deps,
  principal: Principal,
  patientId: string,
  meta: RequestMeta,
): Promise<NotificationPreferences> {
  return deps.db.transaction().execute(async (trx) => {
    const preferences = await preferencesOf(trx, deps, principal.clinicId, patientId);
    const event = preferenceEvent('read', patientId, {});
    await recordAudit(trx, actorOf(principal, meta), event, deps.clock.now());
    return preferences;
  });
}

export function setPreferences(
  deps: Deps,
  principal: Principal,
  patientId: string,
  choice: NotificationPreferencesRequest,
  meta: RequestMeta,
): Promise<NotificationPreferences> {
  return deps.db.transaction().execute(async (trx) => {
    const { clinicId } = principal;
    const before = await preferencesOf(trx, deps, clinicId, patientId);
    assertReachable(choice, before);
    const now = deps.clock.now();
    await repo.savePreference(trx, { clinicId, patientId, ...choice, by: principal.userId, at: now });
    const event = preferenceEvent('update', patientId, {
      before: { email: before.email, sms: before.sms },
      after: choice,
    });
    await recordAudit(trx, actorOf(principal, meta), event, now);
    return preferencesOf(trx, deps, clinicId, patientId);
  });
}

/** The signed-in patient's own record: found through their account, never through an id they send. */
async function ownPatientId(deps: Deps, principal: Principal): Promise<string> {
  const patient = await repo.patientOfUser(deps.db, principal.clinicId, principal.userId);
  if (!patient) throw new AppError('NOT_FOUND', 'No patient record is linked to this account');
  return patient.id;
}

export const getOwnPreferences = async (deps: Deps, principal: Principal, meta: RequestMeta) =>
  getPreferences(deps, principal, await ownPatientId(deps, principal), meta);

export const setOwnPreferences = async (
  deps: Deps,
  principal: Principal,
  choice: NotificationPreferencesRequest,
  meta: RequestMeta,
) => setPreferences(deps, principal, await ownPatientId(deps, principal), choice, meta);

/** Every appointment message sent to the patient, or refused by the provider, newest first. */
export function listSentNotifications(
  deps: Deps,
  principal: Principal,
  patientId: string,
  meta: RequestMeta,
): Promise<SentNotification[]> {
  return deps.db.transaction().execute(async (trx) => {
    const rows = await repo.listSent(trx, principal.clinicId, patientId);
    const event: AuditEvent = {
      action: 'read',
      resourceType: 'notification_log',
      resourceId: null,
      patientIds: [patientId],
      details: { messages: rows.length },
    };
    await recordAudit(trx, actorOf(principal, meta), event, deps.clock.now());
    return rows.map(toSentNotification);
  });
}
