import { feedWindow } from './window.js';

describe('feedWindow', () => {
  it('runs 60 days back and 12 months ahead by default', () => {
    const window = feedWindow(new Date('2027-03-15T10:30:00Z'));
    expect(window.start.toISOString()).toBe('2027-01-14T10:30:00.000Z');
    expect(window.end.toISOString()).toBe('2028-03-15T10:30:00.000Z');
  });

  it('clamps to the end of a shorter month and takes other spans', () => {
    expect(
      feedWindow(new Date('2027-02-28T00:00:00Z'), { monthsAhead: 12 }).end.toISOString(),
    ).toBe('2028-02-28T00:00:00.000Z');
    expect(feedWindow(new Date('2027-01-31T00:00:00Z'), { monthsAhead: 1 }).end.toISOString()).toBe(
      '2027-02-28T00:00:00.000Z',
    );
    expect(feedWindow(new Date('2027-01-31T00:00:00Z'), { daysBack: 7 }).start.toISOString()).toBe(
      '2027-01-24T00:00:00.000Z',
    );
  });
});
