import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import {
  clearIntakeAnswers,
  screeningLevels,
  type IntakeAnswers,
  type PlannedTreatment,
} from '@corium/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../screening/engine';
import { defaultRuleSet } from '../screening/rule-sets/default-rule-set';
import * as browserContracts from './assets/contracts-browser';
import { publicRuleSet, selfCheckQuestions } from './self-check';
import type { SelfCheckForm, SelfCheckOutcome } from './self-check-screen';

const today = '2026-11-25';
type Screen = (ruleSet: unknown, form: SelfCheckForm, today: string) => SelfCheckOutcome;

/** The pure core exactly as the browser gets it: bundled, minified, with the contracts shim. */
let browserScreen: Screen;
let pageScript: string;
beforeAll(async () => {
  const { bundleSelfCheck } = await import('./assets/bundle-self-check.mjs');
  const core = await bundleSelfCheck({ entry: path.join(import.meta.dirname, 'self-check-screen.ts') });
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'self-check-')), 'core.mjs');
  await writeFile(file, core);
  browserScreen = ((await import(/* @vite-ignore */ pathToFileURL(file).href)) as { screenSelfCheck: Screen })
    .screenSelfCheck;
  pageScript = await bundleSelfCheck();
}, 30_000);

/** The server's engine on a full history and plan, reduced to what the self-check shows. */
function serverOutcome(
  changes: Partial<IntakeAnswers>,
  plan: Partial<PlannedTreatment> = {},
  dateOfBirth = '1996-11-25',
): SelfCheckOutcome {
  const planned: PlannedTreatment = {
    date: today,
    modality: 'microneedling',
    zones: ['cheeks'],
    maxDepthMm: 0.5,
    ...plan,
  };
  const answers = { ...clearIntakeAnswers, ...changes };
  const result = evaluate(defaultRuleSet, answers, { dateOfBirth, isFirstSession: false }, planned);
  const at = result.findings.filter((f) => f.level === result.outcome).map((f) => f.patientMessage);
  return { level: result.outcome, messages: [...new Set(at)] };
}

const nearMouth: Partial<PlannedTreatment> = { zones: ['cheeks', 'perioral', 'nose'] };
const rf: Partial<PlannedTreatment> = { modality: 'rf-microneedling' };

/** Form answers, the same history for the server's engine, and the level a person would expect. */
const histories: [string, SelfCheckForm, SelfCheckOutcome['level'], ...Parameters<typeof serverOutcome>][] = [
  ['nothing answered', {}, 'clear', {}],
  [
    'cold sores, treatment near the mouth (C03 needs both)',
    { herpes_history: 'yes', near_mouth_or_nose: 'yes' },
    'needs-doctor',
    { herpes_history: true },
    nearMouth,
  ],
  [
    'cold sores, cheeks only',
    { herpes_history: 'yes', near_mouth_or_nose: 'no', radiofrequency: 'no' },
    'clear',
    { herpes_history: true },
  ],
  [
    'cold sores, unsure where: the cautious reading',
    { herpes_history: 'yes', near_mouth_or_nose: 'unsure' },
    'needs-doctor',
    { herpes_history: true },
    nearMouth,
  ],
  [
    'cold sores with RF on the cheeks',
    { herpes_history: 'yes', radiofrequency: 'yes' },
    'needs-doctor',
    { herpes_history: true },
    rf,
  ],
  [
    'pacemaker with RF (C29 needs both)',
    { implanted_electronic_device: 'yes', radiofrequency: 'yes' },
    'block',
    { implanted_electronic_device: true },
    rf,
  ],
  [
    'pacemaker, plain microneedling',
    { implanted_electronic_device: 'yes', radiofrequency: 'no' },
    'clear',
    { implanted_electronic_device: true },
  ],
  [
    'isotretinoin stopped 100 days ago',
    { isotretinoin_last_dose: 'stopped', isotretinoin_last_dose_date: '2026-08-17' },
    'needs-doctor',
    { isotretinoin_last_dose: '2026-08-17' },
  ],
  [
    'isotretinoin stopped 200 days ago',
    { isotretinoin_last_dose: 'stopped', isotretinoin_last_dose_date: '2026-05-09' },
    'clear',
    { isotretinoin_last_dose: '2026-05-09' },
  ],
  [
    'isotretinoin stopped, date unknown',
    { isotretinoin_last_dose: 'stopped' },
    'needs-doctor',
    { isotretinoin_last_dose: today },
  ],
  [
    'isotretinoin now',
    { isotretinoin_last_dose: 'current' },
    'needs-doctor',
    { isotretinoin_last_dose: 'current' },
  ],
  [
    'pregnant and on a blood thinner: the wait comes first',
    { pregnant_or_breastfeeding: 'yes', anticoagulants: 'yes' },
    'block',
    { pregnant_or_breastfeeding: true, anticoagulants: true },
  ],
  [
    'blood thinner and immunosuppressed: both messages',
    { anticoagulants: 'yes', immunosuppressed: 'yes' },
    'needs-doctor',
    { anticoagulants: true, immunosuppressed: true },
  ],
  [
    'under 18 with controlled diabetes',
    { age: 'under18', diabetes: 'controlled' },
    'needs-doctor',
    { diabetes: 'controlled' },
    {},
    '2010-11-25',
  ],
  ['comedonal acne only', { active_acne: 'comedonal', age: 'adult' }, 'warn', { active_acne: 'comedonal' }],
];

describe('the self-check in the browser', () => {
  it.each(histories)('%s: same result as the server’s engine', (_name, form, level, ...server) => {
    const expected = serverOutcome(...server);
    expect(expected.level).toBe(level);
    const ruleSetOnThePage = JSON.parse(JSON.stringify(publicRuleSet(defaultRuleSet)));
    expect(browserScreen(ruleSetOnThePage, form, today)).toEqual(expected);
  });

  it('screens every answer the page offers, and finds nothing in the unremarkable ones', () => {
    const ruleSet = JSON.parse(JSON.stringify(publicRuleSet(defaultRuleSet)));
    const unremarkable: Record<string, string> = {};
    for (const question of selfCheckQuestions()) {
      const clear = question.choices.find((c) => ['no', 'none', 'adult'].includes(c.value))!;
      unremarkable[question.id] = clear.value;
      for (const choice of question.choices) {
        const outcome = browserScreen(ruleSet, { [question.id]: choice.value }, today);
        // C03 and C29 need two answers (cold sores or a pacemaker, and where or how): one finds nothing.
        const onlyCombined = [
          'near_mouth_or_nose',
          'radiofrequency',
          'herpes_history',
          'implanted_electronic_device',
        ];
        const alone = choice === clear || onlyCombined.includes(question.id);
        expect(outcome.level === 'clear', `${question.id}: ${choice.value}`).toBe(alone);
      }
    }
    expect(browserScreen(ruleSet, unremarkable, today)).toEqual({ level: 'clear', messages: [] });
  });

  it('names every message of the most severe level, and only those', () => {
    const both = serverOutcome({ anticoagulants: true, immunosuppressed: true });
    expect(both.messages).toHaveLength(2);
    const wait = serverOutcome({ pregnant_or_breastfeeding: true, anticoagulants: true });
    expect(wait.messages.join(' ')).toMatch(/pregnan/i);
    expect(wait.messages.join(' ')).not.toMatch(/blood thinner/);
  });

  it('ships the engine without the schema library, small, and sending nothing', () => {
    expect(browserContracts.screeningLevels).toEqual(screeningLevels);
    expect(pageScript).not.toMatch(/fetch\(|XMLHttpRequest|sendBeacon|localStorage|sessionStorage|indexedDB/);
    expect(pageScript).not.toContain('zod');
    expect(gzipSync(pageScript).length).toBeLessThan(10 * 1024);
  });

  it('keeps staff reasons and references off the public page', () => {
    const json = JSON.stringify(publicRuleSet(defaultRuleSet));
    expect(json).not.toContain(defaultRuleSet.rules[0]!.reason);
    expect(json).toContain(defaultRuleSet.rules[0]!.patientMessage);
  });
});
