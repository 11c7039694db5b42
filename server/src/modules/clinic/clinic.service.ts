import type { OnboardingRequest, OnboardingResponse, SetupStatus } from '@corium/contracts';
import type { Deps } from '../../deps';
import { AppError } from '../../platform/errors/app-error';
import { newId } from '../../platform/ids';
import { enqueue } from '../../platform/jobs/outbox';
import { ensureDefaultServices } from '../booking/catalog.service';
import { ensureDefaultTemplates } from '../consent/consent-templates.service';
import { createUser } from '../identity/users.service';
import { recordAudit } from '../../platform/audit/audit';
import { assertAcceptablePassword } from '../../platform/auth/password-policy';
import type { RequestMeta } from '../../platform/auth/policy';
import { welcomeAdminJob } from './clinic.jobs';
import * as repo from './clinic.repo';

export async function getSetupStatus(deps: Deps): Promise<SetupStatus> {
  const clinic = await repo.findFirstClinic(deps.db);
  return {
    needsOnboarding: !clinic,
    clinic: clinic ? { name: clinic.name, timeZone: clinic.time_zone } : null,
  };
}

/**
 * First run: creates the clinic, its first location, Corium's default consent templates and
 * bookable services, and the first admin, in one transaction.
 * Refused once any clinic exists — after that, accounts are made by an admin.
 */
export async function onboardClinic(
  deps: Deps,
  input: OnboardingRequest,
  meta: RequestMeta,
): Promise<OnboardingResponse> {
  assertAcceptablePassword(input.admin.password, 'admin.password');
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    await repo.lockOnboarding(trx);
    if (await repo.findFirstClinic(trx)) {
      throw new AppError('ALREADY_ONBOARDED', 'This Corium already has a clinic; sign in instead');
    }
    const clinic = await repo.insertClinic(trx, {
      id: newId(),
      name: input.clinicName,
      time_zone: input.timeZone,
    });
    const location = { id: newId(), clinic_id: clinic.id, name: input.clinicName, time_zone: input.timeZone };
    await repo.insertLocation(trx, location);
    await ensureDefaultTemplates(trx, clinic.id, now);
    await ensureDefaultServices(trx, clinic.id, now);
    const admin = await createUser(trx, { clinicId: clinic.id, role: 'admin', ...input.admin });
    await enqueue(trx, welcomeAdminJob, { userId: admin.id }, { clinicId: clinic.id, runAt: now });
    const actor = { clinicId: clinic.id, userId: admin.id, role: 'admin', tokenId: null, ...meta };
    const event = { action: 'create', resourceType: 'clinic', resourceId: clinic.id } as const;
    await recordAudit(trx, actor, event, now);
    return {
      clinic: { id: clinic.id, name: clinic.name, timeZone: clinic.time_zone },
      admin: { id: admin.id, email: admin.email, displayName: admin.displayName },
    };
  });
}

export async function listClinics(deps: Deps): Promise<{ id: string; name: string }[]> {
  return repo.listClinics(deps.db);
}
