/** The public Curtois & Qu instances (`../shared/benchmarks/curtois`), compiled, for specs. */
import { loadCurtois } from '../bench/curtois-files.js';
import type { CompiledModel } from '../model/compiled-model.js';

export function curtoisInstance(n: number): CompiledModel {
  return loadCurtois(`/work/shared/benchmarks/curtois/Instance${n}.txt`);
}
