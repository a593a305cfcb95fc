import type { CompiledModel } from '../model/compiled-model.js';
import { OFF, type Roster } from '../model/roster.js';
import { rowOf } from './rule.js';

export function minutesWorked(model: CompiledModel, roster: Roster, e: number): number {
  let total = 0;
  for (const s of rowOf(roster, e)) if (s !== OFF) total += model.shiftMinutes[s]!;
  return total;
}
