import {
  intersect,
  intersectAll,
  interval,
  overlaps,
  overlapsWithin,
  subtract,
  totalDurationMs,
  union,
  type Interval,
} from './interval.js';

const at = (hh: number) => new Date(Date.UTC(2027, 0, 4, hh));
const span = (from: number, to: number): Interval => interval(at(from), at(to));
const hours = (intervals: Interval[]) =>
  intervals.map((i) => [i.start.getUTCHours(), i.end.getUTCHours()]);

describe('half-open UTC intervals', () => {
  it('treats touching intervals as not overlapping', () => {
    expect(overlaps(span(6, 14), span(14, 22))).toBe(false);
    expect(overlaps(span(6, 14), span(13, 22))).toBe(true);
  });

  it('unions touching and overlapping intervals into one', () => {
    expect(hours(union([span(14, 22), span(6, 14), span(20, 23), span(1, 2)]))).toEqual([
      [1, 2],
      [6, 23],
    ]);
  });

  it('intersects', () => {
    expect(intersect(span(6, 14), span(14, 22))).toBeNull();
    expect(hours([intersect(span(6, 14), span(8, 16)) as Interval])).toEqual([[8, 14]]);
    expect(hours(intersectAll([span(0, 4), span(6, 12)], [span(2, 8)]))).toEqual([
      [2, 4],
      [6, 8],
    ]);
  });

  it('subtracts holes', () => {
    expect(hours(subtract([span(6, 22)], [span(8, 10), span(12, 14), span(21, 23)]))).toEqual([
      [6, 8],
      [10, 12],
      [14, 21],
    ]);
    expect(subtract([span(6, 8)], [span(0, 23)])).toEqual([]);
  });

  it('finds overlaps only where two intervals share time', () => {
    expect(overlapsWithin([span(6, 14), span(14, 22), span(22, 23)])).toEqual([]);
    expect(hours(overlapsWithin([span(6, 14), span(13, 22), span(21, 23)]))).toEqual([
      [13, 14],
      [21, 22],
    ]);
  });

  it('sums durations', () => {
    expect(totalDurationMs([span(6, 14), span(14, 22)])).toBe(16 * 3_600_000);
  });
});
