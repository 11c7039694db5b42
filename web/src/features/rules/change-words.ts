import type { AppliedRuleSetChange } from '@corium/contracts';
import { depthText, levelLooks, modalityWords, zoneWords } from '../screening/screening-words';

/** `first_session` → "first session". */
const loweringWords = (id: string): string => id.replace(/_/g, ' ');

/** The window a change touched: "Last dermal filler, RF microneedling". */
function windowName(change: Extract<AppliedRuleSetChange, { kind: 'window' }>): string {
  const modality = /^daysByModality\.(.+)$/.exec(change.path)?.[1];
  const mode =
    modality && modality in modalityWords ? modalityWords[modality as keyof typeof modalityWords] : modality;
  return mode ? `${change.subject} (${mode})` : change.subject;
}

/** One change in a sentence, e.g. "C12 Botulinum toxin recently: last botulinum toxin window 14 → 21 days". */
export function changeText(change: AppliedRuleSetChange): string {
  switch (change.kind) {
    case 'level':
      return `${change.ruleId} ${change.ruleTitle}, outcome ${change.outcome + 1}: ${levelLooks[change.before].label} → ${levelLooks[change.after].label}`;
    case 'window':
      return `${change.ruleId} ${change.ruleTitle}: ${windowName(change)} window ${change.before} → ${change.after} ${change.unit}`;
    case 'incomplete_level':
      return `Incomplete history: ${levelLooks[change.before].label} → ${levelLooks[change.after].label}`;
    case 'depth_cap':
      return `Depth cap, ${zoneWords[change.zone]}: ${depthText(change.before)} → ${depthText(change.after)}`;
    case 'depth_floor':
      return `Depth floor: ${depthText(change.before)} → ${depthText(change.after)}`;
    case 'depth_lowering':
      return `Depth lowering for ${loweringWords(change.loweringId)}: ${depthText(change.before)} → ${depthText(change.after)}`;
  }
}
