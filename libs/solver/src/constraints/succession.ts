import type { CompiledModel } from '../model/compiled-model.js';
import { OFF, type Roster } from '../model/roster.js';
import { hardBreach, rowOf, type Breach } from './rule.js';

/** Pairs (day, day + 1) whose shifts carry the given succession flag for this employee. */
export function successionBreaches(
  model: CompiledModel,
  roster: Roster,
  e: number,
  flag: number,
  rule: string,
  describe: (day: number, first: number, next: number) => string,
): Breach[] {
  const out: Breach[] = [];
  const row = rowOf(roster, e);
  const S = model.S;
  for (let d = 0; d + 1 < model.D; d++) {
    const a = row[d]!;
    const b = row[d + 1]!;
    if (a === OFF || b === OFF) continue;
    if (model.succession[(e * S + a) * S + b]! & flag) {
      out.push(hardBreach(rule, e, d, 1, describe(d, a, b), b));
    }
  }
  return out;
}
