/** The screening engine's public face: pure functions over a rule set (rule-sets/). */
export { evaluate, type ScreenedPatient } from './evaluate';
export { depthCaps, type DepthCaps } from './depth';
export { ageOn, daysBetween } from './calendar';
