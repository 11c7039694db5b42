import type { AvailableSlot, PortalSlot, ServiceRole } from '@corium/contracts';
import type { Executor } from '../../../platform/db/database';
import * as catalog from '../catalog.repo';

/**
 * Free times as a patient sees them: when, and with whom. Rooms and devices stay unnamed; the
 * assignment (ids only) goes back with the booking so the same resources are asked for.
 */
export async function toPortalSlots(
  db: Executor,
  clinicId: string,
  service: { roles: unknown },
  slots: readonly AvailableSlot[],
): Promise<PortalSlot[]> {
  const practitionerRole = (service.roles as ServiceRole[]).find((r) => r.kind === 'practitioner')?.key;
  const ids = [...new Set(slots.map((s) => (practitionerRole ? s.assignment[practitionerRole] : undefined)))];
  const known = ids.filter((id): id is string => id !== undefined);
  const names = new Map(
    (known.length > 0 ? await catalog.listPractitioners(db, clinicId, known) : []).map((p) => [
      p.id,
      p.display_name,
    ]),
  );
  return slots.map((s) => ({
    start: s.start,
    end: s.end,
    practitionerName: practitionerRole ? (names.get(s.assignment[practitionerRole] ?? '') ?? null) : null,
    assignment: s.assignment,
  }));
}
