/**
 * Half-open UTC intervals [start, end). Public values carry `Date`s because that is what the API,
 * the database (timestamptz ranges) and the calendar feed use; the hot loops in coverage work on
 * epoch ms and convert once at the edges. Two intervals that only touch ([a,b) and [b,c)) do not
 * overlap, and their union is one interval.
 */
export interface Interval {
  start: Date;
  end: Date;
}

function ms(value: Date): number {
  return value.getTime();
}

export function interval(start: Date | number, end: Date | number): Interval {
  return { start: new Date(start), end: new Date(end) };
}

export function durationMs(i: Interval): number {
  return ms(i.end) - ms(i.start);
}

export function isEmptyInterval(i: Interval): boolean {
  return ms(i.end) <= ms(i.start);
}

export function overlaps(a: Interval, b: Interval): boolean {
  return ms(a.start) < ms(b.end) && ms(b.start) < ms(a.end);
}

export function contains(outer: Interval, inner: Interval): boolean {
  return ms(outer.start) <= ms(inner.start) && ms(inner.end) <= ms(outer.end);
}

export function intersect(a: Interval, b: Interval): Interval | null {
  const start = Math.max(ms(a.start), ms(b.start));
  const end = Math.min(ms(a.end), ms(b.end));
  return start < end ? interval(start, end) : null;
}

/** Sorted, disjoint, non-touching intervals covering exactly the same instants. */
export function union(intervals: readonly Interval[]): Interval[] {
  const sorted = intervals
    .filter((i) => !isEmptyInterval(i))
    .map((i) => [ms(i.start), ms(i.end)] as [number, number])
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged.map(([start, end]) => interval(start, end));
}

/** The instants in both sets. */
export function intersectAll(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const left = union(a);
  const right = union(b);
  const result: Interval[] = [];
  let i = 0;
  let j = 0;
  while (i < left.length && j < right.length) {
    const l = left[i] as Interval;
    const r = right[j] as Interval;
    const common = intersect(l, r);
    if (common) result.push(common);
    if (ms(l.end) < ms(r.end)) i++;
    else j++;
  }
  return result;
}

/** The instants of `from` that are not in `remove`. */
export function subtract(from: readonly Interval[], remove: readonly Interval[]): Interval[] {
  const holes = union(remove);
  const result: Interval[] = [];
  for (const piece of union(from)) {
    let cursor = ms(piece.start);
    const end = ms(piece.end);
    for (const hole of holes) {
      if (ms(hole.end) <= cursor) continue;
      if (ms(hole.start) >= end) break;
      if (ms(hole.start) > cursor) result.push(interval(cursor, ms(hole.start)));
      cursor = Math.max(cursor, ms(hole.end));
    }
    if (cursor < end) result.push(interval(cursor, end));
  }
  return result;
}

/** The parts of `bounds` that no interval covers. */
export function uncovered(intervals: readonly Interval[], bounds: Interval): Interval[] {
  return subtract([bounds], intervals);
}

/** Instants covered by two or more of the intervals, as a union. */
export function overlapsWithin(intervals: readonly Interval[]): Interval[] {
  const events = intervals
    .filter((i) => !isEmptyInterval(i))
    .flatMap((i) => [
      [ms(i.start), 1],
      [ms(i.end), -1],
    ])
    // Ends before starts at the same instant: touching intervals do not overlap.
    .sort((a, b) => (a[0] as number) - (b[0] as number) || (a[1] as number) - (b[1] as number));
  const result: Interval[] = [];
  let depth = 0;
  let overlapStart = 0;
  for (const [at, delta] of events as [number, number][]) {
    const before = depth;
    depth += delta;
    if (before < 2 && depth >= 2) overlapStart = at;
    if (before >= 2 && depth < 2 && at > overlapStart) result.push(interval(overlapStart, at));
  }
  return union(result);
}

export function totalDurationMs(intervals: readonly Interval[]): number {
  return intervals.reduce((sum, i) => sum + Math.max(0, durationMs(i)), 0);
}
