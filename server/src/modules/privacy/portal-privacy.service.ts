import type { PortalPrivacy } from '@corium/contracts';
import type { Deps } from '../../deps';
import type { Principal, RequestMeta } from '../../platform/auth/policy';
import { ownPatientId } from '../patients/patients.service';
import { ownErasureRequests } from './erasure.service';
import { audited, ownExports } from './export.service';

/** The portal's "Your data" page: the patient's copies of their record and their erasure requests. */
export async function portalPrivacy(
  deps: Deps,
  principal: Principal,
  meta: RequestMeta,
): Promise<PortalPrivacy> {
  const patientId = await ownPatientId(deps, principal);
  return audited(deps, principal, meta, async () => ({
    result: {
      exports: await ownExports(deps, principal, patientId),
      erasureRequests: await ownErasureRequests(deps, principal, patientId),
    },
    event: {
      action: 'read',
      resourceType: 'privacy',
      resourceId: patientId,
      patientIds: [patientId],
      details: { via: 'portal' },
    },
  }));
}
