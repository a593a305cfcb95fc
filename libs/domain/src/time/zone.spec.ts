import { isValidTimeZone } from './zone.js';

describe('isValidTimeZone', () => {
  it.each([
    'Europe/Warsaw',
    'America/New_York',
    'UTC',
    'Asia/Kolkata',
    'America/Argentina/Buenos_Aires',
    'Asia/Calcutta',
  ])('accepts %s', (zone) => expect(isValidTimeZone(zone)).toBe(true));
  it.each([
    'Europe/Atlantis',
    '+02:00',
    'CET ',
    '',
    'europe/warsaw\n',
    'Mars/Olympus_Mons',
    'x'.repeat(200),
  ])('refuses %j', (zone) => expect(isValidTimeZone(zone)).toBe(false));
});
