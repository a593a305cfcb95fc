import {
  icalOffset,
  isAmbiguousWallTime,
  isValidZone,
  offsetAt,
  transitionsBetween,
  wallTime,
  zoneAbbreviation,
} from './zone.js';

const at = (iso: string) => Date.parse(iso);
const MINUTE = 60_000;

describe('transitionsBetween', () => {
  it('finds the 2027 changes in Europe/Warsaw to the minute', () => {
    expect(
      transitionsBetween('Europe/Warsaw', at('2027-01-01T00:00Z'), at('2028-01-01T00:00Z')),
    ).toEqual([
      { at: at('2027-03-28T01:00Z'), from: 60, to: 120 },
      { at: at('2027-10-31T01:00Z'), from: 120, to: 60 },
    ]);
  });

  it('finds the 2027 changes in America/New_York to the minute', () => {
    expect(
      transitionsBetween('America/New_York', at('2027-01-01T00:00Z'), at('2028-01-01T00:00Z')),
    ).toEqual([
      { at: at('2027-03-14T07:00Z'), from: -300, to: -240 },
      { at: at('2027-11-07T06:00Z'), from: -240, to: -300 },
    ]);
  });

  it('spans year boundaries and finds none where there is no DST', () => {
    expect(
      transitionsBetween('Europe/Warsaw', at('2026-11-01T00:00Z'), at('2027-11-01T00:00Z')),
    ).toHaveLength(2);
    expect(
      transitionsBetween('Asia/Kolkata', at('2026-01-01T00:00Z'), at('2028-01-01T00:00Z')),
    ).toEqual([]);
    expect(
      transitionsBetween('America/Sao_Paulo', at('2026-01-01T00:00Z'), at('2028-01-01T00:00Z')),
    ).toEqual([]);
  });
});

describe('offsetAt and wallTime', () => {
  it('switches exactly at the transition instant', () => {
    const change = at('2027-03-28T01:00Z');
    expect(offsetAt('Europe/Warsaw', change - 1)).toBe(60);
    expect(offsetAt('Europe/Warsaw', change)).toBe(120);
    expect(wallTime('Europe/Warsaw', change - MINUTE)).toMatchObject({
      day: 28,
      hour: 1,
      minute: 59,
    });
    expect(wallTime('Europe/Warsaw', change)).toMatchObject({ day: 28, hour: 3, minute: 0 });
  });

  it('gives the wall time of a night shift start and end across the autumn change', () => {
    expect(wallTime('America/New_York', at('2027-11-07T02:00Z'))).toEqual({
      year: 2027,
      month: 11,
      day: 6,
      hour: 22,
      minute: 0,
      second: 0,
    });
    expect(wallTime('America/New_York', at('2027-11-07T11:00Z'))).toMatchObject({
      day: 7,
      hour: 6,
    });
  });

  it('handles half-hour and 45-minute offsets', () => {
    expect(offsetAt('Asia/Kolkata', at('2027-06-01T00:00Z'))).toBe(330);
    expect(offsetAt('Asia/Kathmandu', at('2027-06-01T00:00Z'))).toBe(345);
    expect(offsetAt('America/St_Johns', at('2027-01-15T00:00Z'))).toBe(-210);
  });
});

describe('isAmbiguousWallTime', () => {
  it('marks both passes through the hour the clocks go back, and nothing else', () => {
    const change = at('2027-11-07T06:00Z'); // 02:00 EDT → 01:00 EST
    expect(isAmbiguousWallTime('America/New_York', change - 61 * MINUTE)).toBe(false); // 00:59 EDT
    expect(isAmbiguousWallTime('America/New_York', change - 60 * MINUTE)).toBe(true); // 01:00 EDT
    expect(isAmbiguousWallTime('America/New_York', change - 30 * MINUTE)).toBe(true); // 01:30 EDT
    expect(isAmbiguousWallTime('America/New_York', change)).toBe(true); // 01:00 EST
    expect(isAmbiguousWallTime('America/New_York', change + 59 * MINUTE)).toBe(true); // 01:59 EST
    expect(isAmbiguousWallTime('America/New_York', change + 60 * MINUTE)).toBe(false); // 02:00 EST
    // Spring forward skips an hour; nothing is ambiguous.
    expect(isAmbiguousWallTime('America/New_York', at('2027-03-14T06:30Z'))).toBe(false);
    expect(isAmbiguousWallTime('America/New_York', at('2027-03-14T07:30Z'))).toBe(false);
  });

  it("covers Warsaw's 02:00–03:00 on 31 October 2027 and looks across New Year", () => {
    expect(isAmbiguousWallTime('Europe/Warsaw', at('2027-10-31T00:00Z'))).toBe(true);
    expect(isAmbiguousWallTime('Europe/Warsaw', at('2027-10-31T01:59Z'))).toBe(true);
    expect(isAmbiguousWallTime('Europe/Warsaw', at('2027-10-31T02:00Z'))).toBe(false);
    expect(isAmbiguousWallTime('Europe/Warsaw', at('2028-01-01T00:30Z'))).toBe(false);
    expect(isAmbiguousWallTime('Europe/Warsaw', at('2027-12-31T23:30Z'))).toBe(false);
  });
});

describe('isValidZone', () => {
  it('accepts IANA names and refuses offsets, unknown names and parameter injection', () => {
    expect(isValidZone('Europe/Warsaw')).toBe(true);
    expect(isValidZone('America/Argentina/Buenos_Aires')).toBe(true);
    expect(isValidZone('UTC')).toBe(true);
    expect(isValidZone('+02:00')).toBe(false);
    expect(isValidZone('Mars/Olympus_Mons')).toBe(false);
    expect(isValidZone('Europe/Warsaw;X-INJECT=1')).toBe(false);
    expect(isValidZone('Europe/Warsaw:20270101T000000')).toBe(false);
    expect(isValidZone('')).toBe(false);
    expect(isValidZone(undefined)).toBe(false);
  });
});

describe('zoneAbbreviation and icalOffset', () => {
  it('uses CLDR abbreviations where they exist and the tz numeric style otherwise', () => {
    expect(zoneAbbreviation('Europe/Warsaw', at('2027-07-01T00:00Z'))).toBe('CEST');
    expect(zoneAbbreviation('America/New_York', at('2027-01-01T00:00Z'))).toBe('EST');
    expect(zoneAbbreviation('America/Sao_Paulo', at('2027-01-01T00:00Z'))).toBe('-03');
    expect(zoneAbbreviation('Asia/Kathmandu', at('2027-01-01T00:00Z'))).toBe('+0545');
    expect(icalOffset(-210)).toBe('-0330');
    expect(icalOffset(0)).toBe('+0000');
  });
});
