import type { BookingService, ServiceRole, ServiceSegment } from '@corium/contracts';

/** A service as its editor holds it: everything the request sends, the code only for a new one. */
export interface ServiceDraft {
  code: string;
  name: string;
  kind: BookingService['kind'];
  modality: BookingService['modality'];
  active: boolean;
  roles: ServiceRole[];
  segments: ServiceSegment[];
}

export const draftOf = (s: BookingService): ServiceDraft => ({
  code: s.code,
  name: s.name,
  kind: s.kind,
  modality: s.modality,
  active: s.active,
  roles: s.roles.map((r) => ({ ...r })),
  segments: s.segments.map((seg) => ({ ...seg, uses: [...seg.uses] })),
});

/** A new service starts as a needling visit, the shape most clinics add. */
export const newDraft = (): ServiceDraft => ({
  code: '',
  name: '',
  kind: 'treatment',
  modality: 'microneedling',
  active: true,
  roles: [
    { key: 'room', kind: 'room', roomKind: 'treatment' },
    { key: 'practitioner', kind: 'practitioner' },
    { key: 'pen', kind: 'device', deviceKind: 'pen' },
  ],
  segments: [
    { name: 'Numbing', minutes: 45, uses: ['room'] },
    { name: 'Needling', minutes: 30, uses: ['room', 'practitioner', 'pen'] },
    { name: 'Aftercare', minutes: 10, uses: ['room'] },
  ],
});

/** A role of another kind: the room or device kind goes with it, nothing else. */
export function withKind(role: ServiceRole, kind: ServiceRole['kind']): ServiceRole {
  if (kind === 'room') return { key: role.key, kind, roomKind: 'treatment' };
  if (kind === 'device') return { key: role.key, kind, deviceKind: 'pen' };
  return { key: role.key, kind };
}

/** Moves the item at `index` one place earlier (-1) or later (+1). */
export function moved<T>(items: readonly T[], index: number, by: -1 | 1): T[] {
  const to = index + by;
  if (to < 0 || to >= items.length) return [...items];
  const copy = [...items];
  [copy[index], copy[to]] = [copy[to]!, copy[index]!];
  return copy;
}

export const bodyOf = (d: ServiceDraft) => ({
  name: d.name,
  kind: d.kind,
  modality: d.kind === 'treatment' ? (d.modality ?? 'microneedling') : null,
  active: d.active,
  definition: { roles: d.roles, segments: d.segments },
});
