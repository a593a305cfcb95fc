import { carryOverDays, leaveCost, proRataAllowance } from './balance.js';

const weekdays = [1, 2, 3, 4, 5] as const;

describe('leaveCost', () => {
  it('counts working weekdays only, skipping public holidays', () => {
    // Mon 2027-04-26 … Sun 2027-05-09; 2027-05-03 (Constitution Day) is a Polish holiday.
    const cost = leaveCost(
      { from: '2027-04-26', to: '2027-05-10' },
      weekdays,
      new Set(['2027-05-01', '2027-05-03']),
    );
    expect(cost).toEqual({ days: 9, byYear: [{ year: 2027, days: 9 }] });
  });

  it('splits a leave across New Year between the two years', () => {
    const cost = leaveCost(
      { from: '2027-12-27', to: '2028-01-08' },
      weekdays,
      new Set(['2028-01-01', '2028-01-06']),
    );
    expect(cost.byYear).toEqual([
      { year: 2027, days: 5 },
      { year: 2028, days: 4 },
    ]);
    expect(cost.days).toBe(9);
  });

  it('counts a leap day', () => {
    // 2028-02-29 is a Tuesday.
    expect(leaveCost({ from: '2028-02-28', to: '2028-03-02' }, weekdays, new Set()).days).toBe(3);
  });

  it('counts a half day as 0.5 and nothing on a day off', () => {
    expect(
      leaveCost({ from: '2027-06-07', to: '2027-06-08', half: 'am' }, weekdays, new Set()).days,
    ).toBe(0.5);
    expect(
      leaveCost({ from: '2027-06-12', to: '2027-06-13', half: 'pm' }, weekdays, new Set()).days,
    ).toBe(0);
  });

  it("follows the employee's own working week", () => {
    const weekendWorker = [4, 5, 6, 7] as const;
    expect(leaveCost({ from: '2027-06-07', to: '2027-06-14' }, weekendWorker, new Set()).days).toBe(
      4,
    );
  });
});

describe('proRataAllowance', () => {
  it('gives the full allowance for a whole year', () => {
    expect(proRataAllowance(26, 2027, '2020-01-01', null)).toBe(26);
  });
  it('gives a joiner the share of the year left, rounded up to half a day', () => {
    // From 2027-07-01: 184 of 365 days → 13.1 → 13.5.
    expect(proRataAllowance(26, 2027, '2027-07-01', null)).toBe(13.5);
  });
  it('gives a leaver the share up to their last day', () => {
    // Last day 2028-03-31 in a leap year: 91 of 366 days → 6.46 → 6.5.
    expect(proRataAllowance(26, 2028, null, '2028-03-31')).toBe(6.5);
  });
  it('gives nothing for a year outside the employment', () => {
    expect(proRataAllowance(26, 2026, '2027-01-01', null)).toBe(0);
  });
});

describe('carryOverDays', () => {
  it('carries the unused balance up to the cap, never a debt', () => {
    expect(carryOverDays(3.5, 5)).toBe(3.5);
    expect(carryOverDays(12, 5)).toBe(5);
    expect(carryOverDays(-2, 5)).toBe(0);
  });
});
