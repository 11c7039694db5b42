import type { ZoneId } from '@corium/contracts';

/**
 * Topical anaesthesia in the treatment room, as data (clinical-reference.md §2.5 and C22).
 * The FDA advisories of 2007/2009 followed deaths after compounded creams over large, occluded
 * areas: Corium warns on long contact and on occlusion beyond the face and neck, refuses a
 * compounded product without its prescription, and refuses an amide anaesthetic to a patient
 * allergic to one.
 */
export const anaestheticRules = {
  version: 'corium-anaesthetic-2026.11',
  /** Usual contact is 30–60 min (§2.5, grade C); past 60 min the room is warned. */
  maxContactMinutes: 60,
  /** Occlusion within these zones is usual practice; beyond them, a warning (§2.5). */
  faceAndNeck: [
    'forehead',
    'temples',
    'periorbital',
    'nose',
    'cheeks',
    'upper_lip',
    'perioral',
    'chin',
    'jawline',
    'neck',
  ] as readonly ZoneId[],
  /** Amide-type local anaesthetics, by the names labels use (lignocaine is lidocaine's older name). */
  amideAgents: [
    'lidocaine',
    'lignocaine',
    'prilocaine',
    'articaine',
    'bupivacaine',
    'mepivacaine',
    'ropivacaine',
  ],
  /** Ester-type ones: a product naming only these is not amide. */
  esterAgents: ['tetracaine', 'amethocaine', 'benzocaine', 'procaine'],
  /** Intake allergy codes (C22) that are amide anaesthetics. */
  amideAllergies: ['lidocaine', 'prilocaine'],
  references: [
    'FDA public health advisories on topical anaesthetics, 2007 and 2009',
    'clinical-reference.md §2.5 Topical anaesthesia; §3 C22',
  ],
} as const;
