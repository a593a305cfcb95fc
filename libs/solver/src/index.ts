/**
 * @planner/solver — the rostering engine: a day-based roster model in the product's
 * vocabulary, the hard and soft rules as small named functions, the scorer (full and
 * incremental), the engines (construction by exact row programmes, column generation with a
 * HiGHS master, a compact HiGHS MIP for neighbourhoods, simulated annealing) behind an anytime
 * API that runs in a worker thread, gap explanations, and the Curtois & Qu benchmark importer.
 */
export type {
  AssignmentSpec,
  ContractSpec,
  ShiftLimitSpec,
  DemandSpec,
  EmployeeSpec,
  FairnessSpec,
  IsoWeekday,
  LeaveSpec,
  PinnedSpec,
  PreferenceSpec,
  RosterModel,
  ShiftTypeSpec,
  SoftWeights,
} from './model/roster-model.js';
export { DEFAULT_WEIGHTS } from './model/roster-model.js';
export { ModelError } from './model/model-error.js';
export { compileModel, coverCost, NO_LIMIT, type CompiledModel } from './model/compiled-model.js';
export {
  OFF,
  emptyRoster,
  cloneRoster,
  cellOf,
  toAssignments,
  fromAssignments,
  type Roster,
} from './model/roster.js';

export * from './constraints/index.js';
export { scoreRoster, type ScoreReport, type RuleTotal } from './score/score-roster.js';
export { RosterState } from './score/roster-state.js';
export { explainGaps, blockerFor, type Gap, type CandidateReason } from './score/explain.js';
export {
  explainAssignments,
  type AssignmentExplanation,
  type AlternativeReason,
  type ExplainAssignmentsOptions,
} from './score/explain-assignments.js';

export {
  solve,
  type SolveOptions,
  type SolveOutcome,
  type SolveProgress,
} from './engines/solve.js';
export type { Clock, Deadline } from './engines/clock.js';
export { loadHighs, type HighsRuntime } from './engines/mip/highs.js';
export { solveRoster, solveRosterInThread, type SolveRosterOptions } from './api/solve-roster.js';
export { describeSolution, type RosterSolution, type BreachReport } from './api/solution.js';

export {
  parseCurtois,
  curtoisToModel,
  writeRosterCsv,
  CurtoisParseError,
  type CurtoisInstance,
} from './io/curtois.js';
