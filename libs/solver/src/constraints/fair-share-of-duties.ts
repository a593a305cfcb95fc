import type { CompiledFairness, CompiledModel } from '../model/compiled-model.js';
import { OFF, type Roster } from '../model/roster.js';
import { employeeName, rowOf, softBreach, type Breach, type EmployeeRule } from './rule.js';

export function categoryLoad(
  model: CompiledModel,
  f: CompiledFairness,
  roster: Roster,
  e: number,
): number {
  const row = rowOf(roster, e);
  let load = f.history[e]!;
  for (let d = 0; d < model.D; d++) {
    const s = row[d]!;
    if (s !== OFF && f.counts[d * model.S + s]) load++;
  }
  return load;
}

/**
 * Soft: each duty category (nights, weekends…) is spread by fair share — the category's demand
 * plus history split by FTE and availability. Cost: weight × (load − share)², so one person far
 * above their share costs more than two people slightly above.
 */
export const fairShareOfDuties: EmployeeRule = {
  name: 'fairShareOfDuties',
  hard: false,
  scope: 'employee',
  sentence: () => 'carries a fair share of nights, weekends and cover duties',
  check(model, roster, e) {
    const out: Breach[] = [];
    for (const f of model.fairness) {
      if (f.weight <= 0) continue;
      const load = categoryLoad(model, f, roster, e);
      const dev = load - f.target[e]!;
      if (dev === 0) continue;
      const msg = `${employeeName(model, e)} carries ${load} ${f.name} against a fair share of ${f.target[e]!.toFixed(1)}`;
      out.push(softBreach(this.name, e, null, null, Math.abs(dev), f.weight * dev * dev, msg));
    }
    return out;
  },
};
