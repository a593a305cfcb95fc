import type { CompiledModel } from '../model/compiled-model.js';
import { OFF, type Roster } from '../model/roster.js';

/** Headcount per `day * S + shiftType`. */
export function staffedCounts(model: CompiledModel, roster: Roster): Int32Array {
  const counts = new Int32Array(model.D * model.S);
  for (let e = 0; e < model.E; e++) {
    for (let d = 0; d < model.D; d++) {
      const s = roster.cells[e * model.D + d]!;
      if (s !== OFF) counts[d * model.S + s]!++;
    }
  }
  return counts;
}
