import type { learn } from '@corium/contracts';
import type { Deps } from '../../deps';
import { recordAudit } from '../../platform/audit/audit';
import type { Principal, RequestMeta } from '../../platform/auth/policy';
import { actorOf } from '../../platform/auth/request-meta';
import * as repo from './branding.repo';

/** The clinic's chosen colour for its public pages, or null for Corium's own. */
export async function brandColourOf(deps: Deps, clinicId: string): Promise<string | null> {
  return (await repo.findBranding(deps.db, clinicId))?.brand_colour ?? null;
}

/** The colour an admin chose, for the branding screen; not patient data, so not audited. */
export async function getBranding(deps: Deps, principal: Principal): Promise<learn.ClinicBranding> {
  return { brandColour: await brandColourOf(deps, principal.clinicId) };
}

export async function setBranding(
  deps: Deps,
  principal: Principal,
  meta: RequestMeta,
  input: { brandColour: string },
): Promise<learn.ClinicBranding> {
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    await repo.saveBranding(trx, {
      clinicId: principal.clinicId,
      brandColour: input.brandColour,
      updatedBy: principal.userId,
      now,
    });
    await recordAudit(
      trx,
      actorOf(principal, meta),
      {
        action: 'update',
        resourceType: 'clinic_branding',
        resourceId: principal.clinicId,
        details: { brandColour: input.brandColour },
      },
      now,
    );
    return { brandColour: input.brandColour };
  });
}
