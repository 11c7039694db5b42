import type { CartridgeScan } from './charting';

/**
 * Reads what a keyboard-wedge scanner types from a cartridge box or blister — a GS1 element
 * string — or a lot number typed by hand. Shared by the room's scan field and the server.
 *
 * GS1 forms accepted:
 * - human-readable, with brackets: `(01)09506000134352(17)261231(10)A1234(21)SN0001`;
 * - raw, as scanners send it: `0109506000134352172612311 0A1234␝21SN0001`, where ␝ (FNC1, \u001d)
 *   ends a variable-length field, optionally after a symbology prefix (`]d2` Data Matrix,
 *   `]C1` GS1-128, `]Q3` QR, `]e0` DataBar).
 * Text that looks like GS1 but does not read cleanly yields `{}`: a wrong lot is worse than none.
 */

const GS = '\u001d';
const SYMBOLOGY_PREFIX = /^\](d2|C1|Q3|e0)/;

/** Application identifiers a cartridge label carries, with their lengths (GS1 General Specifications §3.2). */
const FIXED: Record<string, number> = {
  '00': 18,
  '01': 14,
  '02': 14,
  '11': 6,
  '13': 6,
  '15': 6,
  '16': 6,
  '17': 6,
};
const VARIABLE: Record<string, number> = {
  '10': 20,
  '21': 20,
  '22': 20,
  '30': 8,
  '37': 8,
  '240': 30,
  '241': 30,
};
/** GS1 character set 82 (printable ASCII less a few), which lots and serials are drawn from. */
const CSET82 = /^[!"%&'()*+,\-./0-9:;<=>?A-Z_a-z]+$/;

type Elements = Map<string, string>;

/** GTIN check digit (mod 10, weights 3 and 1 from the right): 09506000134352 → valid. */
export function validGtin(gtin: string): boolean {
  if (!/^\d{14}$/.test(gtin)) return false;
  const digits = [...gtin].map(Number);
  const check = digits.pop()!;
  const sum = digits.reverse().reduce((total, d, i) => total + d * (i % 2 === 0 ? 3 : 1), 0);
  return (10 - (sum % 10)) % 10 === check;
}

/**
 * YYMMDD → YYYY-MM-DD; day 00 means the month's last day (GS1 §3.4.7): 261200 → 2026-12-31.
 * Years are 2000–2099: cartridges are not labelled with last-century expiries.
 */
export function gs1Date(yymmdd: string): string | undefined {
  if (!/^\d{6}$/.test(yymmdd)) return undefined;
  const year = 2000 + Number(yymmdd.slice(0, 2));
  const month = Number(yymmdd.slice(2, 4));
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Number(yymmdd.slice(4, 6)) || lastDay;
  if (month < 1 || month > 12 || day > lastDay) return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${year}-${pad(month)}-${pad(day)}`;
}

function aiAt(text: string, at: number): string | undefined {
  for (const length of [2, 3]) {
    const ai = text.slice(at, at + length);
    if (ai in FIXED || ai in VARIABLE) return ai;
  }
  return undefined;
}

/** Raw element string: fixed fields by length, variable ones up to FNC1 or the end. */
function readRaw(text: string): Elements | undefined {
  const elements: Elements = new Map();
  let at = 0;
  while (at < text.length) {
    if (text[at] === GS) {
      at++;
      continue;
    }
    const ai = aiAt(text, at);
    if (!ai) return undefined;
    at += ai.length;
    const fixed = FIXED[ai];
    const end = fixed ? at + fixed : text.indexOf(GS, at) === -1 ? text.length : text.indexOf(GS, at);
    const value = text.slice(at, end);
    if ((fixed && value.length !== fixed) || value.length === 0 || value.length > (VARIABLE[ai] ?? fixed!))
      return undefined;
    elements.set(ai, value);
    at = end;
  }
  return elements;
}

/** Human-readable form: every character belongs to some `(AI)value`. */
function readBracketed(text: string): Elements | undefined {
  const elements: Elements = new Map();
  const pattern = /\((\d{2,3})\)([^()]*)/g;
  let covered = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index !== covered) return undefined;
    const [whole, ai, raw] = match as unknown as [string, string, string];
    const value = raw.replaceAll(GS, '');
    const max = FIXED[ai] ?? VARIABLE[ai];
    if (max === undefined || value.length === 0 || value.length > max) return undefined;
    if (FIXED[ai] && value.length !== FIXED[ai]) return undefined;
    elements.set(ai, value);
    covered += whole.length;
  }
  return covered === text.length && elements.size > 0 ? elements : undefined;
}

function toScan(elements: Elements): CartridgeScan {
  const scan: CartridgeScan = {};
  const gtin = elements.get('01') ?? elements.get('02');
  const expiry = elements.get('17');
  const lot = elements.get('10');
  const serial = elements.get('21');
  if (gtin !== undefined) {
    if (!validGtin(gtin)) return {};
    scan.gtin = gtin;
  }
  if (expiry !== undefined) {
    const expiresOn = gs1Date(expiry);
    if (!expiresOn) return {};
    scan.expiresOn = expiresOn;
  }
  if ((lot !== undefined && !CSET82.test(lot)) || (serial !== undefined && !CSET82.test(serial))) return {};
  if (lot !== undefined) scan.lotNumber = lot;
  if (serial !== undefined) scan.cartridgeSerial = serial;
  return scan.gtin || scan.lotNumber || scan.cartridgeSerial ? scan : {};
}

/** A raw string without brackets is GS1 only if it opens with a GTIN whose check digit holds. */
const looksRaw = (text: string, prefixed: boolean): boolean =>
  prefixed || text.includes(GS) || (/^0[12]\d{14}/.test(text) && validGtin(text.slice(2, 16)));

/** A lot number typed by hand: letters, digits and `-./_` (spaces kept inside), 1–80 characters. */
const HAND_TYPED_LOT = /^[A-Za-z0-9](?:[A-Za-z0-9 ._/-]{0,78}[A-Za-z0-9._/-])?$/;

export function parseCartridgeScan(code: string): CartridgeScan {
  const trimmed = code.trim();
  const prefixed = SYMBOLOGY_PREFIX.test(trimmed);
  const text = trimmed.replace(SYMBOLOGY_PREFIX, '');
  if (text.startsWith('(')) {
    const elements = readBracketed(text);
    return elements ? toScan(elements) : {};
  }
  if (looksRaw(text, prefixed)) {
    const elements = readRaw(text);
    return elements ? toScan(elements) : {};
  }
  return HAND_TYPED_LOT.test(text) ? { lotNumber: text } : {};
}
