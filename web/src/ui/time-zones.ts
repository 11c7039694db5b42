import { deviceTimeZone } from '../lib/clinic-time';

/**
 * Every IANA zone the browser knows. The browser's own zone is added if missing, because
 * some browsers report a legacy name (e.g. Asia/Calcutta) that the list spells differently.
 */
export function knownTimeZones(): string[] {
  const zones = Intl.supportedValuesOf('timeZone');
  const own = deviceTimeZone();
  return zones.includes(own) ? zones : [...zones, own].sort();
}

/** Lets "new york" find America/New_York. */
export function matchesTimeZone(zone: string, search: string): boolean {
  const normalise = (text: string) =>
    text
      .toLowerCase()
      .replace(/[_\s/]+/g, ' ')
      .trim();
  return normalise(zone).includes(normalise(search));
}
