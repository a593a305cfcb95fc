import { instantToLocal, localToInstant } from './zoned.js';

const iso = (date: Date) => date.toISOString();

describe('DST policy: New York 2027', () => {
  const zone = 'America/New_York';

  it('moves the missing 02:30 on 2027-03-14 to the first valid instant, 03:00 EDT', () => {
    expect(iso(localToInstant('2027-03-14', '02:30', zone))).toBe('2027-03-14T07:00:00.000Z');
    expect(instantToLocal(localToInstant('2027-03-14', '02:30', zone), zone)).toEqual({
      date: '2027-03-14',
      time: '03:00',
      weekday: 7,
      offsetMinutes: -240,
    });
  });

  it('leaves the valid times around the gap alone', () => {
    expect(iso(localToInstant('2027-03-14', '01:59', zone))).toBe('2027-03-14T06:59:00.000Z');
    expect(iso(localToInstant('2027-03-14', '02:00', zone))).toBe('2027-03-14T07:00:00.000Z');
    expect(iso(localToInstant('2027-03-14', '03:00', zone))).toBe('2027-03-14T07:00:00.000Z');
    expect(iso(localToInstant('2027-03-14', '03:30', zone))).toBe('2027-03-14T07:30:00.000Z');
  });

  it('reads the ambiguous 01:30 on 2027-11-07 as its first occurrence (EDT)', () => {
    expect(iso(localToInstant('2027-11-07', '01:30', zone))).toBe('2027-11-07T05:30:00.000Z');
    expect(instantToLocal(new Date('2027-11-07T05:30:00Z'), zone).offsetMinutes).toBe(-240);
    // The second 01:30 (EST) exists as an instant but is never chosen for a wall time.
    expect(instantToLocal(new Date('2027-11-07T06:30:00Z'), zone)).toEqual({
      date: '2027-11-07',
      time: '01:30',
      weekday: 7,
      offsetMinutes: -300,
    });
  });

  it('keeps unambiguous times on the fall-back day exact', () => {
    expect(iso(localToInstant('2027-11-07', '00:59', zone))).toBe('2027-11-07T04:59:00.000Z');
    expect(iso(localToInstant('2027-11-07', '01:00', zone))).toBe('2027-11-07T05:00:00.000Z');
    expect(iso(localToInstant('2027-11-07', '02:00', zone))).toBe('2027-11-07T07:00:00.000Z');
  });
});

describe('DST policy elsewhere', () => {
  it('Warsaw: 02:30 is missing on 2027-03-28 and ambiguous on 2027-10-31', () => {
    expect(iso(localToInstant('2027-03-28', '02:30', 'Europe/Warsaw'))).toBe(
      '2027-03-28T01:00:00.000Z',
    );
    expect(iso(localToInstant('2027-10-31', '02:30', 'Europe/Warsaw'))).toBe(
      '2027-10-31T00:30:00.000Z',
    );
  });

  it('Auckland: the southern-hemisphere changes follow the same policy', () => {
    expect(iso(localToInstant('2027-09-26', '02:30', 'Pacific/Auckland'))).toBe(
      '2027-09-25T14:00:00.000Z',
    );
    expect(iso(localToInstant('2027-04-04', '02:30', 'Pacific/Auckland'))).toBe(
      '2027-04-03T13:30:00.000Z',
    );
  });

  it('Lord Howe: a 30-minute change moves 02:15 to 02:30 and reads 01:45 as the first one', () => {
    expect(iso(localToInstant('2027-10-03', '02:15', 'Australia/Lord_Howe'))).toBe(
      '2027-10-02T15:30:00.000Z',
    );
    expect(iso(localToInstant('2027-04-04', '01:45', 'Australia/Lord_Howe'))).toBe(
      '2027-04-03T14:45:00.000Z',
    );
  });

  it('zones without DST and UTC are plain offsets', () => {
    expect(iso(localToInstant('2027-01-01', '09:00', 'Asia/Kolkata'))).toBe(
      '2027-01-01T03:30:00.000Z',
    );
    expect(iso(localToInstant('2027-03-14', '02:30', 'UTC'))).toBe('2027-03-14T02:30:00.000Z');
  });

  it('reads an instant back as local date, time and weekday of the given zone', () => {
    const instant = new Date('2027-03-15T03:30:00Z');
    expect(instantToLocal(instant, 'America/New_York')).toMatchObject({
      date: '2027-03-14',
      time: '23:30',
      weekday: 7,
    });
    expect(instantToLocal(instant, 'Pacific/Auckland')).toMatchObject({
      date: '2027-03-15',
      time: '16:30',
      weekday: 1,
    });
  });
});
