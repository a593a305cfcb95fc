import type { Highs } from 'highs';
import * as highsModule from 'highs';
import type { CompiledModel } from '../../model/compiled-model.js';
import type { RosterMip } from './build-mip.js';

export type HighsRuntime = Highs;

let loading: Promise<HighsRuntime> | null = null;

/**
 * Loads the HiGHS WebAssembly runtime once per thread. HiGHS `run()` is synchronous and
 * single-threaded: call it from a worker thread, never from the API's event loop.
 */
export function loadHighs(): Promise<HighsRuntime> {
  // The package's ESM build exposes the loader as its default export; its types describe CJS.
  const mod = highsModule as unknown as { default?: () => Promise<HighsRuntime> };
  const load = mod.default ?? (highsModule as unknown as () => Promise<HighsRuntime>);
  loading ??= load();
  return loading;
}

export interface MipRun {
  /** 'optimal', 'feasible' (a solution, not proven optimal), 'infeasible' or 'none'. */
  status: 'optimal' | 'feasible' | 'infeasible' | 'none';
  colValue: Float64Array | null;
  objective: number;
  /** Proven lower bound on the MIP objective (−∞ when unknown). */
  bound: number;
  seconds: number;
}

export interface MipRunOptions {
  timeLimitSeconds: number;
  /** Offer the current cells as the starting incumbent. */
  warmStart?: boolean;
  relativeGap?: number;
  /** Stop once the incumbent reaches this MIP objective. */
  objectiveTarget?: number;
  /** Called with each improving incumbent (column values, objective). */
  onImproving?: (colValue: Float64Array, objective: number) => void;
}

export function runMip(highs: HighsRuntime, mip: RosterMip, o: MipRunOptions): MipRun {
  const model = highs.createModel({
    numCols: mip.numCols,
    numRows: mip.numRows,
    colCost: mip.colCost,
    colLower: mip.colLower,
    colUpper: mip.colUpper,
    rowLower: mip.rowLower,
    rowUpper: mip.rowUpper,
    integrality: mip.integrality as unknown as Int32Array,
    matrix: {
      format: 'csr',
      numRows: mip.numRows,
      numCols: mip.numCols,
      starts: mip.starts,
      indices: mip.indices,
      values: mip.values,
    },
  } as Parameters<HighsRuntime['createModel']>[0]);
  try {
    const options: Record<string, number | boolean | string> = {
      output_flag: false,
      time_limit: Math.max(0.05, o.timeLimitSeconds),
      mip_rel_gap: o.relativeGap ?? 1e-6,
    };
    if (o.objectiveTarget !== undefined) options.objective_target = o.objectiveTarget;
    model.options.set(options as never);
    if (o.warmStart) {
      try {
        model.setSolution({ colValue: mip.start });
      } catch {
        // A warm start only speeds HiGHS up; when it refuses one, it solves without.
      }
    }
    const cbType = highs.constants.callbackType as unknown as Record<string, number>;
    const callbacks: Record<
      number,
      (event: {
        data: { mip_solution?: Float64Array; objective_function_value?: number };
      }) => undefined
    > = {};
    if (o.onImproving && cbType.mipImprovingSolution !== undefined) {
      callbacks[cbType.mipImprovingSolution] = (event) => {
        const sol = event.data.mip_solution;
        if (sol) o.onImproving!(sol, event.data.objective_function_value ?? NaN);
        return undefined;
      };
    }
    model.run(callbacks as never);
    const statusCode = model.getModelStatus() as number;
    const st = highs.constants.modelStatus as unknown as Record<string, number>;
    const seconds = model.getRunTime();
    let bound = -Infinity;
    try {
      const b = model.info.get('mip_dual_bound' as never) as unknown as number;
      if (Number.isFinite(b)) bound = b;
    } catch {
      // Not a MIP run (e.g. presolve solved it): no bound reported.
    }
    if (statusCode === st.infeasible)
      return { status: 'infeasible', colValue: null, objective: Infinity, bound, seconds };
    let hasSolution = false;
    try {
      hasSolution = (model.info.get('primal_solution_status' as never) as unknown as number) === 2;
    } catch {
      hasSolution = statusCode === st.optimal;
    }
    if (!hasSolution)
      return { status: 'none', colValue: null, objective: Infinity, bound, seconds };
    const objective = model.getObjectiveValue();
    if (statusCode === st.optimal) bound = objective;
    return {
      status: statusCode === st.optimal ? 'optimal' : 'feasible',
      colValue: model.getSolution().colValue,
      objective,
      bound,
      seconds,
    };
  } finally {
    model.dispose();
  }
}

/** Writes the MIP's x columns back into a copy of `cells` for every free, unpinned cell. */
export function cellsFromMip(
  m: CompiledModel,
  cells: Int16Array,
  mip: RosterMip,
  free: Uint8Array,
  colValue: Float64Array,
): Int16Array {
  const out = cells.slice();
  for (let c = 0; c < out.length; c++) {
    if (m.pinned[c] !== -2) out[c] = m.pinned[c]!;
    else if (free[c]) out[c] = -1;
  }
  for (let j = 0; j < mip.numX; j++) {
    if (colValue[j]! > 0.5) out[mip.xCell[j]!] = mip.xShift[j]!;
  }
  return out;
}
