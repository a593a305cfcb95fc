import type { CompiledModel } from '../model/compiled-model.js';
import { OFF } from '../model/roster.js';

/**
 * What each cell may hold without breaking a cell-level hard rule (skill, leave, pinned):
 * `values[offsets[c] … offsets[c + 1])` for cell c = e * D + d. Pinned cells are not free.
 */
export interface CellOptions {
  offsets: Int32Array;
  values: Int16Array;
  /** 1 when the search may change the cell. */
  free: Uint8Array;
  /** Free cells as a list, for uniform sampling. */
  freeCells: Int32Array;
}

export function cellOptions(m: CompiledModel): CellOptions {
  const n = m.E * m.D;
  const offsets = new Int32Array(n + 1);
  const values: number[] = [];
  const free = new Uint8Array(n);
  const freeCells: number[] = [];
  for (let c = 0; c < n; c++) {
    offsets[c] = values.length;
    const pinned = m.pinned[c]!;
    if (pinned !== -2) {
      values.push(pinned);
      continue;
    }
    values.push(OFF);
    for (let s = 0; s < m.S; s++) if (!m.block[c * m.S + s]) values.push(s);
    if (values.length - offsets[c]! > 1) {
      free[c] = 1;
      freeCells.push(c);
    }
  }
  offsets[n] = values.length;
  return { offsets, values: Int16Array.from(values), free, freeCells: Int32Array.from(freeCells) };
}

export function allowedValue(m: CompiledModel, cell: number, v: number): boolean {
  const pinned = m.pinned[cell]!;
  if (pinned !== -2) return v === pinned;
  return v === OFF || m.block[cell * m.S + v] === 0;
}
