import { readFileSync } from 'node:fs';
import { curtoisToModel, parseCurtois } from '../io/curtois.js';
import { compileModel, type CompiledModel } from '../model/compiled-model.js';

/**
 * Best known objective values as listed in shared/benchmarks/README.md (Curtois & Qu 2014;
 * instances 1–22 are proven optimal). Instances not listed show no gap.
 */
export const BEST_KNOWN: Record<string, number> = {
  Instance1: 607,
  Instance2: 828,
  Instance3: 1001,
  Instance4: 1716,
  Instance7: 1056,
  Instance9: 439,
  Instance11: 3443,
  Instance14: 1278,
  Instance16: 3225,
  Instance18: 4459,
  Instance20: 4769,
  Instance22: 30241,
};

export function loadCurtois(path: string): CompiledModel {
  return compileModel(curtoisToModel(parseCurtois(readFileSync(path, 'utf8'))));
}
