/** The public Curtois & Qu instances (`../shared/benchmarks/curtois`), compiled, for specs. */
import { readFileSync } from 'node:fs';
import { curtoisToModel, parseCurtois } from '../io/curtois.js';
import { compileModel, type CompiledModel } from '../model/compiled-model.js';

export function curtoisInstance(n: number): CompiledModel {
  return compileModel(
    curtoisToModel(
      parseCurtois(readFileSync(`/work/shared/benchmarks/curtois/Instance${n}.txt`, 'utf8')),
    ),
  );
}
