import { abbreviateName, absenceSummary, shiftSummary } from './summary.js';

const late = {
  start: new Date('2027-06-01T12:00:00Z'),
  end: new Date('2027-06-01T20:00:00Z'),
  zone: 'Europe/Warsaw',
  shiftName: 'Late',
  shiftCode: 'L',
};

describe('abbreviateName', () => {
  it.each([
    ['Anna Kowalska', 'Anna K.'],
    ['Anna Maria Kowalska', 'Anna K.'],
    ['Jan van der Berg', 'Jan B.'],
    ['Anna Kowalska-Nowak', 'Anna K.'],
    ['  Łukasz   Żółw ', 'Łukasz Ż.'],
    ['Zoë E\u0301tienne', 'Zoë E\u0301.'], // decomposed É keeps its accent
    ['Madonna', 'Madonna'],
    ['', ''],
    ['Anna\r\nKowalska', 'Anna K.'],
  ])('%j → %j', (name, expected) => {
    expect(abbreviateName(name)).toBe(expected);
  });
});

describe('shiftSummary', () => {
  it('gives the shift name and local times in the shift zone, with an en dash', () => {
    expect(shiftSummary(late)).toBe('Late 14:00–22:00');
    expect(shiftSummary({ ...late, zone: 'America/New_York' })).toBe('Late 08:00–16:00');
  });

  it('names whom the shift covers for, abbreviated, and why', () => {
    expect(shiftSummary({ ...late, coverFor: { name: 'Anna Kowalska', reason: 'vacation' } })).toBe(
      'Late 14:00–22:00 — covering for Anna K. (vacation)',
    );
    expect(shiftSummary({ ...late, coverFor: { name: 'Anna Kowalska' } })).toBe(
      'Late 14:00–22:00 — covering for Anna K.',
    );
  });

  it('prefixes the employee in team feeds', () => {
    expect(shiftSummary({ ...late, employeeName: 'Jan Nowak' })).toBe(
      'Jan Nowak: Late 14:00–22:00',
    );
  });

  it('shows a night shift by its wall times, even on the change night', () => {
    expect(
      shiftSummary({
        ...late,
        shiftName: 'Night',
        start: new Date('2027-10-30T20:00:00Z'),
        end: new Date('2027-10-31T05:00:00Z'),
      }),
    ).toBe('Night 22:00–06:00');
  });

  it('says when a shift runs a day or more', () => {
    expect(
      shiftSummary({
        ...late,
        shiftName: 'On call',
        start: new Date('2027-06-01T06:00:00Z'),
        end: new Date('2027-06-02T06:00:00Z'),
      }),
    ).toBe('On call 08:00–08:00 (+1d)');
  });

  it('falls back to the code, and marks cancelled shifts', () => {
    expect(shiftSummary({ ...late, shiftName: ' ' })).toBe('L 14:00–22:00');
    expect(shiftSummary({ ...late, status: 'cancelled' })).toBe('Cancelled: Late 14:00–22:00');
  });
});

describe('absenceSummary', () => {
  it('shows the name with the label the caller chose', () => {
    expect(absenceSummary({ employeeName: 'Anna Kowalska', label: 'Vacation' })).toBe(
      'Anna Kowalska: Vacation',
    );
    expect(absenceSummary({ employeeName: 'Anna Kowalska', label: 'Away' })).toBe(
      'Anna Kowalska: Away',
    );
  });

  it('shows the label alone in an own feed, and the half of the day', () => {
    expect(absenceSummary({ employeeName: '', label: 'Vacation', halfDay: 'am' })).toBe(
      'Vacation (morning)',
    );
    expect(absenceSummary({ employeeName: 'Jan', label: 'Away', halfDay: 'pm' })).toBe(
      'Jan: Away (afternoon)',
    );
  });
});
