import type { ContinuityLink, CompiledModel } from '../model/compiled-model.js';
import { employeeName, rowOf, softBreach, type Breach, type EmployeeRule } from './rule.js';

/** 1 when substitute e covers the link's first day but not its second, or the other way round. */
export function handover(
  model: CompiledModel,
  link: ContinuityLink,
  row: ArrayLike<number>,
  e: number,
): number {
  if (link.regular[e]) return 0;
  const first = row[link.day] === link.fromShift ? 1 : 0;
  const second = row[link.day + 1] === link.toShift ? 1 : 0;
  return first !== second ? 1 : 0;
}

/**
 * Soft: an absence is best covered by one substitute throughout. Each substitute who starts or
 * stops covering part-way costs half the weight, so one hand-over between two people costs it once.
 */
export const continuityOfCover: EmployeeRule = {
  name: 'continuityOfCover',
  hard: false,
  scope: 'employee',
  sentence: () => 'covers an absence for its whole length where possible',
  check(model, roster, e) {
    const w = model.weights.continuity;
    if (w <= 0) return [];
    const row = rowOf(roster, e);
    const out: Breach[] = [];
    for (const link of model.continuity) {
      if (!handover(model, link, row, e)) continue;
      const msg = `${employeeName(model, e)} covers ${employeeName(model, link.absent)} on only one of days ${link.day} and ${link.day + 1}`;
      out.push(softBreach(this.name, e, link.day, null, 1, w / 2, msg));
    }
    return out;
  },
};
