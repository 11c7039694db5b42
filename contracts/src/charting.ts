import { z } from 'zod';
import { id } from './common';
import { modality, zoneId } from './screening';

/**
 * The treatment room: a session chart per visit — what was checked before starting, the topical
 * anaesthetic, each treated zone (depth, passes, endpoint), the pen and every single-use
 * cartridge, topicals on needled skin — signed once, corrected only by addenda.
 */

const instant = z.iso.datetime({ offset: true });
const person = z.object({ id, name: z.string() });
const reason = z.string().trim().min(3).max(500);

/** Baseline photos at the start of a session, or why there are none. */
export const photosAtStart = z.enum(['taken', 'declined', 'unavailable']);
export type PhotosAtStart = z.infer<typeof photosAtStart>;

/** What is checked, in this order, before a session may start. */
export const startCheckSteps = ['checked_in', 'screening', 'consent', 'photos'] as const;
export const startCheckStep = z.enum(startCheckSteps);
export type StartCheckStep = z.infer<typeof startCheckStep>;

export const startCheck = z.object({
  step: startCheckStep,
  ok: z.boolean(),
  /** Plain words for the room: what is missing and what to do. */
  message: z.string(),
});
export type StartCheck = z.infer<typeof startCheck>;

/** Depth caps per zone for this patient today (mm), from the screening engine. */
export const depthCapsByZone = z.partialRecord(zoneId, z.number());
export type DepthCapsByZone = z.infer<typeof depthCapsByZone>;

/** `GET /api/patients/:patientId/appointments/:appointmentId/session-readiness`. */
export const sessionReadiness = z.object({
  appointmentId: id,
  checks: z.array(startCheck),
  /** True when every check but photos passes (photos may be declined or unavailable, with a reason). */
  canStart: z.boolean(),
  /** The day-of screening's findings a prescriber overrode, shown before starting. */
  overrides: z.array(z.object({ ruleId: z.string(), reason: z.string(), by: person })),
  depthCaps: depthCapsByZone,
  /** The session already started for this visit, if any. */
  sessionId: id.nullable(),
});
export type SessionReadiness = z.infer<typeof sessionReadiness>;

/** `POST /api/patients/:patientId/sessions`. */
export const startSessionRequest = z
  .strictObject({
    appointmentId: id,
    /** The pen or RF unit; defaults to the device the appointment holds. */
    deviceId: id.optional(),
    photos: photosAtStart,
    photosReason: reason.optional(),
  })
  .refine((s) => s.photos === 'taken' || !!s.photosReason, {
    path: ['photosReason'],
    message: 'Say why there are no baseline photos',
  });
export type StartSessionRequest = z.infer<typeof startSessionRequest>;

/** `PUT …/sessions/:sessionId/device`: the pen actually used. */
export const sessionDeviceRequest = z.strictObject({ deviceId: id });

/** `POST …/sessions/:sessionId/anaesthetics`. */
export const anaestheticRequest = z
  .strictObject({
    productId: id,
    lotId: id.optional(),
    zones: z.array(zoneId).min(1).max(17),
    occluded: z.boolean(),
    appliedAt: instant,
    removedAt: instant.optional(),
    /** Required for a compounded product: the prescription it was made under. */
    prescriptionRef: z.string().trim().min(3).max(120).optional(),
  })
  .refine((a) => !a.removedAt || Date.parse(a.removedAt) > Date.parse(a.appliedAt), {
    path: ['removedAt'],
    message: 'Removed after it was applied',
  });
export type AnaestheticRequest = z.infer<typeof anaestheticRequest>;

/** `PUT …/sessions/:sessionId/anaesthetics/:anaestheticId/removal`: when it came off. */
export const anaestheticRemovalRequest = z.strictObject({ removedAt: instant });

export const anaestheticWarning = z.object({
  code: z.enum(['contact_over_60_min', 'occlusion_beyond_face_and_neck']),
  message: z.string(),
});
export type AnaestheticWarning = z.infer<typeof anaestheticWarning>;

export const passDirections = ['vertical', 'horizontal', 'diagonal_right', 'diagonal_left'] as const;
export const passDirection = z.enum(passDirections);
export const endpoints = ['erythema', 'pinpoint_bleeding', 'stopped_early'] as const;
export const endpoint = z.enum(endpoints);
export type Endpoint = z.infer<typeof endpoint>;

/** Needle depth in mm, in 0.25 mm steps. */
export const needleDepthMm = z.number().min(0.25).max(3.5).multipleOf(0.25);

/** `PUT …/sessions/:sessionId/zones/:zone`: one treated zone, recorded or corrected before signing. */
export const zoneTreatmentRequest = z
  .strictObject({
    depthMm: needleDepthMm,
    passes: z.number().int().min(1).max(30),
    directions: z.array(passDirection).min(1).max(4),
    penSpeed: z.number().int().min(1).max(20).optional(),
    endpoint,
    stoppedReason: reason.optional(),
    glideProductId: id.optional(),
    /** Above the patient's cap for this zone: a prescriber's reason (the caller must prescribe). */
    depthOverrideReason: reason.optional(),
  })
  .refine((z) => (z.endpoint === 'stopped_early') === !!z.stoppedReason, {
    path: ['stoppedReason'],
    message: 'Say why the zone was stopped early (and only then)',
  });
export type ZoneTreatmentRequest = z.infer<typeof zoneTreatmentRequest>;

/**
 * `POST …/sessions/:sessionId/cartridges`: a cartridge opened, by its lot (picked or resolved
 * from a scan with `parseCartridgeScan`) and, for serialised products, its own serial.
 */
export const cartridgeUseRequest = z.strictObject({
  lotId: id,
  cartridgeSerial: z.string().trim().min(1).max(80).optional(),
});
export type CartridgeUseRequest = z.infer<typeof cartridgeUseRequest>;

/** `POST …/sessions/:sessionId/cartridges/:cartridgeId/void`: a mistaken entry, before signing. */
export const cartridgeVoidRequest = z.strictObject({ reason });

/** `POST …/sessions/:sessionId/topicals`: a product applied to needled skin. */
export const topicalRequest = z.strictObject({
  productId: id,
  lotId: id.optional(),
  zones: z.array(zoneId).min(1).max(17),
});
export type TopicalRequest = z.infer<typeof topicalRequest>;

/** `POST …/sessions/:sessionId/sign`: the practitioner confirms the chart is complete and true. */
export const signSessionRequest = z.strictObject({ confirm: z.literal(true) });

/** `POST …/sessions/:sessionId/addenda`: a correction after signing. */
export const addendumRequest = z.strictObject({
  reason,
  body: z.string().trim().min(1).max(5000),
});
export type AddendumRequest = z.infer<typeof addendumRequest>;

const productRef = z.object({ id, name: z.string() });
const lotRef = z.object({ id, lotNumber: z.string(), expiresOn: z.iso.date() });

export const chartAnaesthetic = z.object({
  id,
  product: productRef.extend({ strength: z.string().nullable(), compounded: z.boolean() }),
  lot: lotRef.nullable(),
  zones: z.array(zoneId),
  occluded: z.boolean(),
  appliedAt: instant,
  removedAt: instant.nullable(),
  prescriptionRef: z.string().nullable(),
  warnings: z.array(anaestheticWarning),
});

export const chartZone = z.object({
  zone: zoneId,
  depthMm: z.number(),
  capMm: z.number(),
  passes: z.number().int(),
  directions: z.array(passDirection),
  penSpeed: z.number().int().nullable(),
  endpoint,
  stoppedReason: z.string().nullable(),
  glideMedium: productRef.nullable(),
  depthOverride: z.object({ reason: z.string(), by: person }).nullable(),
  recordedAt: instant,
});
export type ChartZone = z.infer<typeof chartZone>;

export const chartCartridge = z.object({
  id,
  product: productRef,
  lot: lotRef,
  cartridgeSerial: z.string().nullable(),
  recordedAt: instant,
});

export const chartTopical = z.object({
  id,
  product: productRef,
  lot: lotRef.nullable(),
  zones: z.array(zoneId),
});

export const chartAddendum = z.object({ id, reason: z.string(), body: z.string(), by: person, at: instant });

export const sessionStatus = z.enum(['in_progress', 'signed']);

/** The whole chart of one session. */
export const sessionChart = z.object({
  id,
  patientId: id,
  appointmentId: id,
  modality,
  series: z.object({ id, sessionNumber: z.number().int() }).nullable(),
  practitioner: person,
  status: sessionStatus,
  startedAt: instant,
  startedBy: person,
  screeningId: id,
  consentId: id,
  photos: photosAtStart,
  photosReason: z.string().nullable(),
  device: z
    .object({ id, kind: z.enum(['pen', 'rf_unit']), model: z.string(), serial: z.string() })
    .nullable(),
  depthCaps: depthCapsByZone,
  anaesthetics: z.array(chartAnaesthetic),
  zones: z.array(chartZone),
  cartridges: z.array(chartCartridge),
  topicals: z.array(chartTopical),
  signed: z.object({ at: instant, by: person, hash: z.string() }).nullable(),
  addenda: z.array(chartAddendum),
});
export type SessionChart = z.infer<typeof sessionChart>;

/** One line of a patient's list of sessions (staff). */
export const sessionListItem = z.object({
  id,
  appointmentId: id,
  modality,
  startedAt: instant,
  practitioner: person,
  status: sessionStatus,
  zones: z.array(zoneId),
  maxDepthMm: z.number().nullable(),
  addenda: z.number().int(),
});
export const sessionList = z.object({ sessions: z.array(sessionListItem) });
export type SessionList = z.infer<typeof sessionList>;

/** The patient's "what was done today" (portal, signed sessions only). */
export const treatmentSummary = z.object({
  sessionId: id,
  date: z.iso.date(),
  modality,
  practitionerName: z.string(),
  zones: z.array(zoneId),
  depthRangeMm: z.object({ min: z.number(), max: z.number() }).nullable(),
  /** Products used on the skin: cartridges, glide media, topicals, anaesthetic. */
  products: z.array(z.string()),
});
export type TreatmentSummary = z.infer<typeof treatmentSummary>;
export const treatmentSummaryList = z.object({ summaries: z.array(treatmentSummary) });

/**
 * A cartridge box or blister scanned (GS1 element string, as a keyboard-wedge scanner types it:
 * `(01)GTIN(17)YYMMDD(10)LOT(21)SERIAL`, with or without brackets and FNC1 separators), or typed.
 * Unknown text yields nothing rather than a guess.
 */
export interface CartridgeScan {
  gtin?: string;
  lotNumber?: string;
  expiresOn?: string;
  cartridgeSerial?: string;
}

/** Why a lot cannot be charted now; none when it can. */
export const lotProblem = z.enum(['expired', 'recalled', 'out_of_stock']);
export type LotProblem = z.infer<typeof lotProblem>;

export const chartingLot = z.object({
  id,
  productId: id,
  lotNumber: z.string(),
  expiresOn: z.iso.date(),
  onHand: z.number().int(),
  problem: lotProblem.nullable(),
});
export type ChartingLot = z.infer<typeof chartingLot>;

export const chartingProduct = z.object({
  id,
  kind: z.enum(['cartridge', 'glide_medium', 'topical', 'anaesthetic', 'barrier_sleeve', 'other']),
  name: z.string(),
  needleConfig: z.string().nullable(),
  serialised: z.boolean(),
  sterileForNeedledSkin: z.boolean(),
  strength: z.string().nullable(),
  compounded: z.boolean(),
});
export type ChartingProduct = z.infer<typeof chartingProduct>;

/**
 * `GET /api/patients/:patientId/sessions/:sessionId/options`: what the room can pick from —
 * the location's pens, the clinic's active products and their lots (unusable ones say why).
 */
export const chartingOptions = z.object({
  devices: z.array(
    z.object({
      id,
      kind: z.enum(['pen', 'rf_unit']),
      model: z.string(),
      serial: z.string(),
      status: z.string(),
    }),
  ),
  products: z.array(chartingProduct),
  lots: z.array(chartingLot),
});
export type ChartingOptions = z.infer<typeof chartingOptions>;

/** `GET /api/cartridge-scan?code=…`: a scanned or typed code resolved to a lot of this clinic. */
export const cartridgeScanQuery = z.strictObject({ code: z.string().trim().min(1).max(200) });
export const cartridgeScanResult = z.object({
  /** What the code said, parsed. */
  scan: z.object({
    gtin: z.string().optional(),
    lotNumber: z.string().optional(),
    expiresOn: z.string().optional(),
    cartridgeSerial: z.string().optional(),
  }),
  /** The clinic's lot it matches, or null (unknown lot: receive it into stock first). */
  lot: chartingLot.nullable(),
  product: chartingProduct.nullable(),
  /** Plain words when the code cannot be used as is. */
  message: z.string().nullable(),
});
export type CartridgeScanResult = z.infer<typeof cartridgeScanResult>;
