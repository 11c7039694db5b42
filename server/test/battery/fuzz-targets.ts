import type { Role } from '@corium/contracts';
import { newId } from '../../src/platform/ids';
import type { RoutePolicy } from '../../src/platform/auth/policy';
import { aftercareBodies, withAftercareIds } from '../aftercare-matrix';
import { freshAppointment, freshConsent, freshToken, type MatrixFixtures } from '../authorization-fixtures';
import type { Caller } from '../authorization-matrix';
import { bookingMovesBodies, withBookingMovesIds } from '../booking-moves-matrix';
import { chartingBodies, withChartingIds } from '../charting-matrix';
import { clinicSetupBodies, withSetupIds } from '../clinic-setup-matrix';
import { fhirBodies, fhirHeaders, fhirUrl } from '../fhir-matrix';
import { inventoryBodies, withInventoryIds } from '../inventory-matrix';
import { photoBodies, photoHeaders, withPhotoIds } from '../photos-matrix';
import { privacyBodies, withPrivacyIds } from '../privacy-matrix';
import type { FuzzTarget } from './fuzz-cases';
import { fieldPaths, routeInput, sampleBody, valuePaths } from './fuzz-schema';

const writeMethods = ['POST', 'PUT', 'PATCH', 'DELETE'];

/** Every write route the app registers, from Fastify's own list: a new route is fuzzed unasked. */
export function writeRoutes(f: MatrixFixtures): { method: string; url: string; policy: RoutePolicy }[] {
  return f.t.app.routePolicies
    .map((r) => ({ method: [r.method].flat()[0]!, url: r.url, policy: r.policy }))
    .filter((r) => writeMethods.includes(r.method));
}

/**
 * Who calls the route in the fuzz: someone it allows, so that bad input meets validation and the
 * service rather than a 401. The medical director where allowed (a prescriber, so the most
 * reaches the deepest checks); public and sign-in-step routes are called without a session.
 */
function callerOf(policy: RoutePolicy): Caller | 'anonymous' {
  if (!('roles' in policy)) return 'anonymous';
  const roles = policy.roles as readonly Role[];
  return roles.includes('medical_director') ? 'medical_director' : (roles[0] as Caller);
}

/** The bodies the authorization matrix knows are accepted; other routes get one from their schema. */
function matrixBodies(f: MatrixFixtures): Record<string, () => unknown> {
  const fixtures = () => f;
  return {
    ...clinicSetupBodies(fixtures),
    ...fhirBodies(fixtures),
    ...privacyBodies(fixtures),
    ...bookingMovesBodies(fixtures),
    ...inventoryBodies(fixtures),
    ...chartingBodies(fixtures),
    ...aftercareBodies(fixtures),
    ...photoBodies(),
  };
}

/** The route's path with real ids of clinic a, through the matrix's own fillers. */
async function filledPath(f: MatrixFixtures, path: string, caller: Caller | 'anonymous'): Promise<string> {
  const { ids } = f;
  const portal = path.startsWith('/api/portal/') || caller === 'patient';
  const patient = portal ? ids.ownPatientOfPatient : ids.own;
  // A FHIR Patient's id is the patient's: the matrix's own filler treats a patient for every
  // resource type, more than a write to Patient needs.
  if (path.startsWith('/fhir/'))
    return path.includes(':id') ? path.replace(':id', ids.ownPatientOfPatient) : fhirUrl(f, path, caller);
  if (path.startsWith('/api/privacy/')) return withPrivacyIds(f, path, caller);
  let url = await withSetupIds(f, path, false);
  url = await withInventoryIds(f, url, false);
  url = await withBookingMovesIds(f, url, patient);
  url = await withChartingIds(f, url, patient);
  url = await withPhotoIds(f, url, patient);
  url = await withAftercareIds(f, url, patient);
  if (url.includes(':appointmentId'))
    url = url.replace(
      ':appointmentId',
      await freshAppointment(f, patient, url.endsWith('/no-show') ? 'no-show' : 'cancel'),
    );
  if (url.includes(':consentId')) url = url.replace(':consentId', await freshConsent(f, patient));
  if (url.includes(':tokenId')) url = url.replace(':tokenId', await freshToken(f, 'a'));
  return url
    .replace(':patientId', patient)
    .replace(':userId', ids.user)
    .replace(':templateId', ids.template)
    .replace(':screeningId', f.screenings[patient] ?? newId())
    .replace(/:\w+/g, () => newId());
}

/** Where each `:param` of the template sits in the path, by segment. */
function paramsOf(template: string): FuzzTarget['params'] {
  return template
    .split('/')
    .map((segment, index) => ({ name: segment.slice(1), index, param: segment.startsWith(':') }))
    .filter((s) => s.param)
    .map(({ name, index }) => ({ name, index }));
}

/** Every write route as a fuzz target: URL, caller's headers, a base body and its fields. */
export async function fuzzTargets(f: MatrixFixtures): Promise<FuzzTarget[]> {
  const openApi = f.t.app.swagger();
  const bodies = matrixBodies(f);
  const targets: FuzzTarget[] = [];
  for (const { method, url: template, policy } of writeRoutes(f)) {
    const route = `${method} ${template}`;
    const caller = callerOf(policy);
    const url = await filledPath(f, template, caller);
    const input = routeInput(openApi, method, template);
    const base = (await bodies[route]?.()) ?? sampleBody(input.body) ?? {};
    const binary = Buffer.isBuffer(base);
    const fields = binary ? [] : [...fieldPaths(input.body), ...valuePaths(base)];
    const unique = [...new Map(fields.map((p) => [p.join('\u0001'), p])).values()];
    targets.push({
      route,
      method,
      url,
      params: paramsOf(template),
      headers: {
        ...(caller === 'anonymous' ? {} : f.browsers[caller].headers),
        ...fhirHeaders(route),
        ...photoHeaders(route),
      },
      base,
      binary,
      fields: unique,
      queryNames: input.queryNames,
    });
  }
  return targets;
}
