/**
 * Consent documents are written in a small, safe markup that the editor, the signing screen and
 * the PDF all read the same way, so what the patient saw is exactly what was hashed and printed:
 *
 *   # Heading            ## Subheading
 *   - bullet item        a blank line separates paragraphs
 *   **bold** inside any line
 *   {{patient_name}} {{treatment}} {{clinic_name}} {{date}}
 *
 * Nothing else is interpreted (no HTML, no links), so a template cannot inject markup.
 */

export const consentPlaceholders = ['patient_name', 'treatment', 'clinic_name', 'date'] as const;
export type ConsentPlaceholder = (typeof consentPlaceholders)[number];
export type PlaceholderValues = Record<ConsentPlaceholder, string>;

/** A run of text, bold or not. */
export interface TextRun {
  text: string;
  bold: boolean;
}

export type ConsentBlock =
  | { kind: 'heading'; level: 1 | 2; runs: TextRun[] }
  | { kind: 'paragraph'; runs: TextRun[] }
  | { kind: 'bullets'; items: TextRun[][] };

const placeholderPattern = /\{\{\s*([a-z_]+)\s*\}\}/g;
/** Anything written as a placeholder, so `{{Date}}` or `{{ first name }}` is caught, not printed. */
const anyPlaceholderPattern = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** Placeholders in `body` that Corium does not know; a template naming one cannot be published. */
export function unknownPlaceholders(body: string): string[] {
  const unknown = new Set<string>();
  for (const match of body.matchAll(anyPlaceholderPattern)) {
    const name = match[1]!;
    if (!(consentPlaceholders as readonly string[]).includes(name)) unknown.add(name);
  }
  return [...unknown];
}

/** The body with every known placeholder replaced; line endings normalised to `\n`. */
export function fillPlaceholders(body: string, values: PlaceholderValues): string {
  return body
    .replace(/\r\n?/g, '\n')
    .replace(placeholderPattern, (whole, name: string) =>
      name in values ? values[name as ConsentPlaceholder] : whole,
    );
}

/** `**bold**` spans; an unmatched `**` stays literal text. */
export function parseRuns(line: string): TextRun[] {
  const runs: TextRun[] = [];
  const parts = line.split('**');
  const closed = parts.length % 2 === 1;
  parts.forEach((text, i) => {
    const bold = i % 2 === 1 && (closed || i < parts.length - 1);
    const literal = !closed && i === parts.length - 1 && i % 2 === 1 ? `**${text}` : text;
    if (literal !== '') runs.push({ text: literal, bold });
  });
  return runs;
}

/** Splits filled-in text into blocks: headings, paragraphs (lines joined) and bullet lists. */
export function parseConsentText(text: string): ConsentBlock[] {
  const blocks: ConsentBlock[] = [];
  let paragraph: string[] = [];
  let bullets: TextRun[][] = [];
  const flush = () => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', runs: parseRuns(paragraph.join(' ')) });
    if (bullets.length > 0) blocks.push({ kind: 'bullets', items: bullets });
    paragraph = [];
    bullets = [];
  };
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    const heading = /^(#{1,2})\s+(.*)$/.exec(line);
    if (line === '') flush();
    else if (heading) {
      flush();
      blocks.push({ kind: 'heading', level: heading[1]!.length as 1 | 2, runs: parseRuns(heading[2]!) });
    } else if (/^[-*]\s+/.test(line)) {
      if (paragraph.length > 0) flush();
      bullets.push(parseRuns(line.replace(/^[-*]\s+/, '')));
    } else {
      if (bullets.length > 0) flush();
      paragraph.push(line);
    }
  }
  flush();
  return blocks;
}

/**
 * The canonical text of a rendered document — title, then the filled-in body — whose SHA-256
 * is recorded at signing. Trailing spaces and runs of blank lines do not change the meaning, so
 * they do not change the hash either.
 */
export function canonicalConsentText(title: string, filledBody: string): string {
  const body = filledBody
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return `${title.trim()}\n\n${body}\n`;
}
