/**
 * IANA time-zone names. A zone is valid when it names an entry of the tz database that the
 * runtime's ICU knows; offsets such as "+02:00" and abbreviations such as "CET" are refused so
 * that every stored zone follows its region's DST rules.
 */
const ZONE_NAME = /^(?:UTC|[A-Z][A-Za-z_-]+(?:\/[A-Za-z0-9_+-]+){1,2})$/;

let known: Set<string> | undefined;

function knownZones(): Set<string> {
  known ??= new Set([...Intl.supportedValuesOf('timeZone'), 'UTC', 'Etc/UTC']);
  return known;
}

export function isValidTimeZone(zone: string): boolean {
  if (typeof zone !== 'string' || zone.length > 64 || !ZONE_NAME.test(zone)) return false;
  if (knownZones().has(zone)) return true;
  // Links such as "Asia/Calcutta" are valid tz names that ICU canonicalises away.
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
