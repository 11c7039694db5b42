import type { AnaestheticWarning, ZoneId } from '@corium/contracts';
import { anaestheticRules as rules } from './anaesthetic-rules';

/** Pure checks of a topical anaesthetic entry against `anaesthetic-rules.ts`. */

export interface AnaestheticTimes {
  zones: readonly ZoneId[];
  occluded: boolean;
  appliedAt: Date;
  /** Still on the skin when null: contact is counted up to `now`. */
  removedAt: Date | null;
}

/** Applied 09:00, removed 10:05 → 65 min of contact → `contact_over_60_min`. */
export function anaestheticWarnings(entry: AnaestheticTimes, now: Date): AnaestheticWarning[] {
  const warnings: AnaestheticWarning[] = [];
  const end = entry.removedAt ?? now;
  const minutes = Math.floor((end.getTime() - entry.appliedAt.getTime()) / 60_000);
  if (minutes > rules.maxContactMinutes)
    warnings.push({
      code: 'contact_over_60_min',
      message: `The anaesthetic ${entry.removedAt ? 'was' : 'has been'} on for ${minutes} minutes, more than ${rules.maxContactMinutes}: watch for numbness around the mouth, ringing ears, dizziness or a racing heart`,
    });
  const beyond = entry.zones.filter((zone) => !rules.faceAndNeck.includes(zone));
  if (entry.occluded && beyond.length > 0)
    warnings.push({
      code: 'occlusion_beyond_face_and_neck',
      message: `Occluded beyond the face and neck (${beyond.join(', ')}): more anaesthetic is absorbed; keep the area and the time as small as possible`,
    });
  return warnings;
}

export interface AnaestheticProduct {
  name: string;
  strength: string | null;
  compounded: boolean;
}

/** The agents a product names in its name or labelled strength, lower case. */
export function agentsOf(product: AnaestheticProduct): { amide: string[]; ester: string[] } {
  const label = `${product.name} ${product.strength ?? ''}`.toLowerCase();
  const named = (agents: readonly string[]) => agents.filter((agent) => label.includes(agent));
  // EMLA is the eutectic lidocaine/prilocaine mixture, whatever the label says besides.
  const emla = /\bemla\b/.test(label) ? ['lidocaine', 'prilocaine'] : [];
  return { amide: [...new Set([...named(rules.amideAgents), ...emla])], ester: named(rules.esterAgents) };
}

export type AnaestheticRefusal = { field: 'productId' | 'prescriptionRef'; message: string };

/**
 * Why this product may not be charted for this patient, or null. A patient allergic to an amide
 * anaesthetic may have a product only if its label names ester agents alone: a product whose
 * agents cannot be told is refused too, because guessing wrong is an allergic reaction.
 */
export function anaestheticRefusal(
  product: AnaestheticProduct,
  prescriptionRef: string | undefined,
  allergies: readonly string[],
): AnaestheticRefusal | null {
  const allergic = allergies.filter((a) => (rules.amideAllergies as readonly string[]).includes(a));
  const agents = agentsOf(product);
  if (allergic.length > 0 && (agents.amide.length > 0 || agents.ester.length === 0))
    return {
      field: 'productId',
      message: `The patient is allergic to ${allergic.join(' and ')}: ${product.name} ${agents.amide.length > 0 ? `contains ${agents.amide.join(' and ')}` : 'may contain an amide anaesthetic'}. Treat without it, or ask a prescriber for an alternative`,
    };
  if (product.compounded && !prescriptionRef)
    return {
      field: 'prescriptionRef',
      message: `${product.name} is compounded: record the prescription it was made under`,
    };
  return null;
}
