import type { FairnessQuery } from '../api-types';

/** Query keys of the fairness ledger: shared, since publishing a plan changes it. */
export const fairnessKeys = {
  all: ['fairness'] as const,
  report: (query: FairnessQuery) => [...fairnessKeys.all, query] as const,
};
