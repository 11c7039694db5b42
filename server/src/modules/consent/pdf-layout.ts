import type { TextRun } from '@corium/contracts';
import { rgb, type PDFDocument, type PDFFont, type PDFPage } from 'pdf-lib';

/**
 * A cursor down A4 pages: lines of mixed regular/bold text wrapped to the width, a new page
 * when the next block would cross the bottom margin. Units are PDF points (1/72 inch).
 */

export const A4: [number, number] = [595.28, 841.89];
export const MARGIN = { left: 56, right: 56, top: 56, bottom: 72 };
export const CONTENT_WIDTH = A4[0] - MARGIN.left - MARGIN.right;
export const GREY = rgb(0.35, 0.35, 0.35);

export interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

export interface Sheet {
  doc: PDFDocument;
  fonts: Fonts;
  pages: PDFPage[];
  page: PDFPage;
  /** The baseline of the next line, from the bottom of the page. */
  y: number;
}

export function newSheet(doc: PDFDocument, fonts: Fonts): Sheet {
  const page = doc.addPage(A4);
  return { doc, fonts, pages: [page], page, y: A4[1] - MARGIN.top };
}

/** Moves to a new page unless `height` points still fit above the bottom margin. */
export function ensureRoom(sheet: Sheet, height: number): void {
  if (sheet.y - height >= MARGIN.bottom) return;
  sheet.page = sheet.doc.addPage(A4);
  sheet.pages.push(sheet.page);
  sheet.y = A4[1] - MARGIN.top;
}

/**
 * The standard PDF fonts only know WinAnsi (Latin-1 plus typographic quotes and dashes).
 * Anything else is printed as its closest Latin form (ő → o, ≥ → >=) or `?`, never dropped
 * silently: the exact text is the one stored and hashed, the PDF is its printed copy.
 */
const REPLACEMENTS: Record<string, string> = {
  '≥': '>=',
  '≤': '<=',
  '≈': '~',
  '→': '->',
  '←': '<-',
  '−': '-',
  // Latin letters that Unicode does not decompose into a base letter and a mark.
  Ł: 'L',
  ł: 'l',
  Đ: 'D',
  đ: 'd',
  ı: 'i',
  Ħ: 'H',
  ħ: 'h',
};
const known = new WeakMap<PDFFont, Set<number>>();

export function printable(text: string, font: PDFFont): string {
  let set = known.get(font);
  if (!set) known.set(font, (set = new Set(font.getCharacterSet())));
  const has = (s: string) => [...s].every((c) => set.has(c.codePointAt(0)!));
  return [...text.replace(/\s/g, ' ')]
    .map((c) => {
      if (has(c)) return c;
      const latin = REPLACEMENTS[c] ?? c.normalize('NFKD').replace(/\p{M}/gu, '');
      return latin !== '' && has(latin) ? latin : '?';
    })
    .join('');
}

type Line = TextRun[];

/** Words as runs (a word may change weight midway, as in `**bold**,`) separated by spaces. */
function wordsOf(runs: readonly TextRun[]): TextRun[][] {
  const words: TextRun[][] = [];
  let word: TextRun[] = [];
  for (const run of runs)
    for (const part of run.text.split(/(\s+)/)) {
      if (part === '') continue;
      if (/^\s+$/.test(part)) {
        if (word.length > 0) words.push(word);
        word = [];
      } else word.push({ text: part, bold: run.bold });
    }
  if (word.length > 0) words.push(word);
  return words;
}

const fontOf = (fonts: Fonts, run: TextRun): PDFFont => (run.bold ? fonts.bold : fonts.regular);
const widthOf = (fonts: Fonts, runs: readonly TextRun[], size: number): number =>
  runs.reduce((sum, run) => sum + fontOf(fonts, run).widthOfTextAtSize(run.text, size), 0);

/** Splits a word longer than a whole line (a hash, a long URL) at the width. */
function breakLongWord(fonts: Fonts, word: TextRun[], size: number, width: number): TextRun[][] {
  const pieces: TextRun[][] = [];
  let piece: TextRun[] = [];
  for (const run of word)
    for (const c of run.text) {
      const next = [...piece, { text: c, bold: run.bold }];
      if (piece.length > 0 && widthOf(fonts, next, size) > width) {
        pieces.push(piece);
        piece = [{ text: c, bold: run.bold }];
      } else piece = next;
    }
  if (piece.length > 0) pieces.push(piece);
  return pieces;
}

/** Neighbouring runs of the same weight joined, so a line is drawn in as few pieces as it can be. */
function coalesce(line: Line): Line {
  const joined: Line = [];
  for (const run of line) {
    const last = joined[joined.length - 1];
    if (last && last.bold === run.bold)
      joined[joined.length - 1] = { text: last.text + run.text, bold: run.bold };
    else joined.push(run);
  }
  return joined;
}

/** Greedy line filling: as many words as fit, one space between them. */
export function wrapRuns(fonts: Fonts, runs: readonly TextRun[], size: number, width: number): Line[] {
  const lines: Line[] = [];
  let line: Line = [];
  const words = wordsOf(runs.map((r) => ({ text: printable(r.text, fontOf(fonts, r)), bold: r.bold })));
  for (const whole of words)
    for (const word of widthOf(fonts, whole, size) > width
      ? breakLongWord(fonts, whole, size, width)
      : [whole]) {
      const candidate = line.length > 0 ? [...line, { text: ' ', bold: line.at(-1)!.bold }, ...word] : word;
      if (line.length > 0 && widthOf(fonts, candidate, size) > width) {
        lines.push(coalesce(line));
        line = word;
      } else line = candidate;
    }
  if (line.length > 0) lines.push(coalesce(line));
  return lines;
}

export interface TextStyle {
  size: number;
  /** Extra left indent, points. */
  indent?: number;
  color?: ReturnType<typeof rgb>;
  /** Baseline-to-baseline distance as a multiple of the size. */
  leading?: number;
}

/** Draws runs wrapped to the content width, moving down; pages break between lines. */
export function writeRuns(sheet: Sheet, runs: readonly TextRun[], style: TextStyle): void {
  const indent = style.indent ?? 0;
  const step = style.size * (style.leading ?? 1.4);
  for (const line of wrapRuns(sheet.fonts, runs, style.size, CONTENT_WIDTH - indent)) {
    ensureRoom(sheet, step);
    sheet.y -= step;
    let x = MARGIN.left + indent;
    for (const run of line) {
      const font = fontOf(sheet.fonts, run);
      sheet.page.drawText(run.text, {
        x,
        y: sheet.y,
        size: style.size,
        font,
        color: style.color ?? rgb(0, 0, 0),
      });
      x += font.widthOfTextAtSize(run.text, style.size);
    }
  }
}

/** Plain text, all in one weight. */
export function writeText(sheet: Sheet, text: string, style: TextStyle & { bold?: boolean }): void {
  writeRuns(sheet, [{ text, bold: style.bold ?? false }], style);
}

export function gap(sheet: Sheet, points: number): void {
  sheet.y -= points;
}

/** A thin rule across the content width. */
export function rule(sheet: Sheet): void {
  ensureRoom(sheet, 12);
  sheet.y -= 8;
  sheet.page.drawLine({
    start: { x: MARGIN.left, y: sheet.y },
    end: { x: A4[0] - MARGIN.right, y: sheet.y },
    thickness: 0.5,
    color: GREY,
  });
  sheet.y -= 4;
}
