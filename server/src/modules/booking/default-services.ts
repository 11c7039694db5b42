import type { BookingService, ServiceDefinition } from '@corium/contracts';

export type DefaultService = Pick<BookingService, 'code' | 'name' | 'kind' | 'modality'> & ServiceDefinition;

const consultRoom = { key: 'room', kind: 'room', roomKind: 'consult' } as const;
const treatmentRoom = { key: 'room', kind: 'room', roomKind: 'treatment' } as const;
const practitioner = { key: 'practitioner', kind: 'practitioner' } as const;

/**
 * The needling visit: topical anaesthetic in the room first (45 min; 30–60 is usual), then the
 * needling with a practitioner and a device, then aftercare in the room. The practitioner is
 * needed for the needling only, so they can treat another patient during this one's numbing.
 */
const needlingVisit = (deviceKey: string) => [
  { name: 'Numbing', minutes: 45, uses: ['room'] },
  { name: 'Needling', minutes: 30, uses: ['room', 'practitioner', deviceKey] },
  { name: 'Aftercare', minutes: 10, uses: ['room'] },
];

/** Corium's services, given to every clinic that lacks them; a clinic's own edits are kept. */
export const defaultServices: DefaultService[] = [
  {
    code: 'consultation',
    name: 'Consultation',
    kind: 'consultation',
    modality: null,
    roles: [practitioner, consultRoom],
    segments: [{ name: 'Consultation', minutes: 30, uses: ['practitioner', 'room'] }],
  },
  {
    code: 'microneedling_face',
    name: 'Microneedling — face',
    kind: 'treatment',
    modality: 'microneedling',
    roles: [treatmentRoom, practitioner, { key: 'pen', kind: 'device', deviceKind: 'pen' }],
    segments: needlingVisit('pen'),
  },
  {
    code: 'rf_microneedling_face',
    name: 'RF microneedling — face',
    kind: 'treatment',
    modality: 'rf-microneedling',
    roles: [treatmentRoom, practitioner, { key: 'rf_unit', kind: 'device', deviceKind: 'rf_unit' }],
    segments: needlingVisit('rf_unit'),
  },
  {
    code: 'review',
    name: 'Review',
    kind: 'review',
    modality: null,
    roles: [practitioner, consultRoom],
    segments: [{ name: 'Review', minutes: 15, uses: ['practitioner', 'room'] }],
  },
];
