import { concernCodes } from '@corium/contracts';
import { newId } from '../platform/ids';
import { demoHistory, historyImpliesFemale } from './demo-history';
import { familyNames, givenNames } from './demo-people';

export const DEMO_PATIENT_COUNT = 50;

const languages = ['en', 'en', 'en', 'en', 'es', 'fr', 'pl'] as const;
const streets = [
  'Wimpole Street',
  'Marylebone Lane',
  'Baker Street',
  'Crawford Place',
  'Dorset Square',
  'York Street',
] as const;
const relationships = ['partner', 'mother', 'sister', 'friend', 'son', 'daughter'] as const;

/** mulberry32: a tiny seeded generator, so every demo install has the same patients. */
function seededRandom(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const asciiLocal = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();

export interface DemoPatientRows {
  patients: {
    id: string;
    clinic_id: string;
    given_name: string;
    family_name: string;
    date_of_birth: string;
    sex: 'female' | 'male';
    email: string;
    phone: string;
    preferred_language: string;
    fitzpatrick_type: number;
    concerns: string[];
    address: string;
    emergency_contact: string;
  }[];
  histories: {
    id: string;
    clinic_id: string;
    patient_id: string;
    version: number;
    answers: string;
    entered_by: string;
    entered_at: Date;
  }[];
}

/**
 * Fifty patients aged 19–68 with 1–3 concerns each and a recorded intake; every fifth one has
 * updated their history since (version 2), as returning patients do.
 */
export function demoPatients(
  clinicId: string,
  enteredBy: string,
  now: Date,
  day: (offsetDays: number) => string,
): DemoPatientRows {
  const random = seededRandom(20261125);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const rows: DemoPatientRows = { patients: [], histories: [] };
  for (let n = 1; n <= DEMO_PATIENT_COUNT; n++) {
    const drawn = random() < 0.75 ? 'female' : 'male';
    const sex = historyImpliesFemale(n) ? 'female' : drawn;
    const given = pick(givenNames[sex]);
    const family = pick(familyNames);
    const fitzpatrick = 1 + Math.floor(random() * 6);
    const id = newId();
    rows.patients.push({
      id,
      clinic_id: clinicId,
      given_name: given,
      family_name: family,
      date_of_birth: day(-Math.floor((19 + random() * 49) * 365.25)),
      sex,
      email: `${asciiLocal(given)}.${asciiLocal(family)}.${n}@example.com`,
      phone: `+44 7700 900${String(100 + n).padStart(3, '0')}`,
      preferred_language: pick(languages),
      fitzpatrick_type: fitzpatrick,
      concerns: [
        ...new Set([pick(concernCodes), pick(concernCodes), pick(concernCodes)].slice(0, 1 + (n % 3))),
      ],
      address: `${n + 1} ${pick(streets)}, London`,
      emergency_contact: JSON.stringify({
        name: `${pick(givenNames.female)} ${family}`,
        phone: `+44 7700 901${String(100 + n).padStart(3, '0')}`,
        relationship: pick(relationships),
      }),
    });
    rows.histories.push(...historiesFor({ n, patientId: id, clinicId, enteredBy, fitzpatrick, now, day }));
  }
  return rows;
}

interface HistoryContext {
  n: number;
  patientId: string;
  clinicId: string;
  enteredBy: string;
  fitzpatrick: number;
  now: Date;
  day: (offsetDays: number) => string;
}

/** Version 1 at registration, 30–89 days ago; every fifth patient updated it 3 days ago. */
function historiesFor(c: HistoryContext): DemoPatientRows['histories'] {
  const versions = c.n % 5 === 0 ? 2 : 1;
  return Array.from({ length: versions }, (_, i) => {
    const version = i + 1;
    const enteredDaysAgo = version === 1 ? 30 + (c.n % 60) : 3;
    const daysAgo = (d: number): string => c.day(-(enteredDaysAgo + d));
    return {
      id: newId(),
      clinic_id: c.clinicId,
      patient_id: c.patientId,
      version,
      answers: JSON.stringify(demoHistory(c.n + version - 1, c.fitzpatrick, daysAgo)),
      entered_by: c.enteredBy,
      entered_at: new Date(c.now.getTime() - enteredDaysAgo * 86_400_000),
    };
  });
}
