/**
 * The languages offered first when registering a patient: those clinics are most often asked
 * for. A record holding any other code keeps it, and it is offered too.
 */
const commonLanguages = [
  'en',
  'ar',
  'bg',
  'bn',
  'cs',
  'da',
  'de',
  'el',
  'es',
  'fa',
  'fi',
  'fr',
  'gu',
  'he',
  'hi',
  'hr',
  'hu',
  'id',
  'it',
  'ja',
  'ko',
  'lt',
  'lv',
  'ms',
  'nb',
  'nl',
  'pa',
  'pl',
  'pt',
  'pt-BR',
  'ro',
  'ru',
  'so',
  'sq',
  'sr',
  'sv',
  'sw',
  'ta',
  'th',
  'tl',
  'tr',
  'uk',
  'ur',
  'vi',
  'yue',
  'zh',
];

/** "en" → "English", in the reader's own language; a code the browser does not know stays a code. */
export function languageName(code: string): string {
  try {
    return new Intl.DisplayNames(undefined, { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

interface LanguageOption {
  value: string;
  label: string;
}

/** Choices for a "Preferred language" field, e.g. "Spanish (es)", including `current` if unusual. */
export function languageOptions(current: string | null): LanguageOption[] {
  const codes =
    current && !commonLanguages.includes(current) ? [...commonLanguages, current] : commonLanguages;
  return codes
    .map((code) => ({ value: code, label: `${languageName(code)} (${code})` }))
    .sort((a, b) => a.label.localeCompare(b.label));
}
