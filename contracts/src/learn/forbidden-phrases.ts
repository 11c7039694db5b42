/**
 * Phrases the public pages must never contain (issue 10 and section 8.3 of the clinical
 * reference): the article's errors and the overclaims a decision aid must not make. Myths are
 * paraphrased so that even the myths page never repeats them word for word.
 */
export const forbiddenPhrases: readonly RegExp[] = [
  /inject\w*\s+(\w+\s+){0,2}collagen/i,
  /collagen\s+inject/i,
  /wrinkle[\s-]*free|free of wrinkles/i,
  /\bno risks?\b|risk[\s-]free/i,
  /same (results?|effects?) naturally|natural\w*[^.]*\bsame (results?|effects?)\b/i,
  /silk pillow/i,
  /penetrates? deeper/i,
  /also known as (the|a) derma\s?roller/i,
  /shrinks? (your )?pores|pore[\s-]shrinking/i,
  /permanent results?/i,
];
