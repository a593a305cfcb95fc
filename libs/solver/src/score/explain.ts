import { HARD_RULES, type Breach } from '../constraints/index.js';
import { employeeName, shiftName } from '../constraints/rule.js';
import { Block, type CompiledModel } from '../model/compiled-model.js';
import { OFF, type Roster } from '../model/roster.js';

export interface CandidateReason {
  employee: string;
  /** The rule that stops this person from taking the shift, or null when nothing hard does. */
  rule: string | null;
  reason: string;
}

/** A demand below its minimum, with why each qualified person could not fill it. */
export interface Gap {
  day: number;
  shiftType: string;
  staffed: number;
  minimum: number;
  missing: number;
  candidates: CandidateReason[];
}

/** Why `employee` cannot (or could) be put on `shiftType` on `day` in this roster. */
export function blockerFor(
  m: CompiledModel,
  roster: Roster,
  e: number,
  day: number,
  s: number,
): CandidateReason {
  const who = m.employeeIds[e]!;
  const cell = e * m.D + day;
  const current = roster.cells[cell]!;
  if (current === s)
    return { employee: who, rule: null, reason: `${employeeName(m, e)} already works it` };
  const block = m.block[cell * m.S + s]!;
  if (block & Block.skill)
    return {
      employee: who,
      rule: 'hasRequiredSkills',
      reason: `${employeeName(m, e)} lacks a skill for ${shiftName(m, s)}`,
    };
  if (block & Block.leave)
    return {
      employee: who,
      rule: 'notOnLeave',
      reason: `${employeeName(m, e)} is on leave or unavailable`,
    };
  if (block & Block.pinned)
    return {
      employee: who,
      rule: 'pinnedAssignmentsStay',
      reason: `${employeeName(m, e)} is pinned to something else that day`,
    };
  // Try it: which hard rules would this one change break that are not broken already (or
  // break further, e.g. a limit already exceeded)?
  const trial = { employees: roster.employees, days: roster.days, cells: roster.cells.slice() };
  trial.cells[cell] = s;
  for (const rule of HARD_RULES) {
    if (rule.scope !== 'employee') continue;
    const before = rule.check(m, roster, e);
    const broken = rule.check(m, trial, e).find((b) => !before.some((x) => covers(x, b)));
    if (broken) {
      const moved = current === OFF ? '' : ` (moving them off ${shiftName(m, current)})`;
      const wants = rule.sentenceFor ? rule.sentenceFor(m, broken) : rule.sentence(m, e);
      return { employee: who, rule: rule.name, reason: `${employeeName(m, e)} ${wants}${moved}` };
    }
  }
  const from = current === OFF ? 'a day off' : shiftName(m, current);
  return {
    employee: who,
    rule: null,
    reason: `${employeeName(m, e)} could move from ${from}, at a higher total cost`,
  };
}

/** Breach `a` is the same place as `b` and at least as far broken. */
function covers(a: Breach, b: Breach): boolean {
  return (
    a.day === b.day && a.shiftType === b.shiftType && a.limit === b.limit && a.amount >= b.amount
  );
}

/**
 * Every demand cell staffed below its minimum, each with the qualified people and what
 * stops them (the first hard rule that taking the shift would break).
 */
export function explainGaps(m: CompiledModel, roster: Roster, maxCandidates = 10): Gap[] {
  const { D, S, E } = m;
  const counts = new Int32Array(D * S);
  for (let c = 0; c < E * D; c++) {
    const s = roster.cells[c]!;
    if (s !== OFF) counts[(c % D) * S + s]!++;
  }
  const gaps: Gap[] = [];
  for (let d = 0; d < D; d++) {
    for (let s = 0; s < S; s++) {
      const k = d * S + s;
      const missing = m.demandMin[k]! - counts[k]!;
      if (missing <= 0) continue;
      const candidates: CandidateReason[] = [];
      for (let e = 0; e < E && candidates.length < maxCandidates; e++) {
        if (roster.cells[e * D + d] === s) continue;
        if (m.block[(e * D + d) * S + s]! & Block.skill) continue; // not a candidate at all
        candidates.push(blockerFor(m, roster, e, d, s));
      }
      gaps.push({
        day: d,
        shiftType: m.shiftIds[s]!,
        staffed: counts[k]!,
        minimum: m.demandMin[k]!,
        missing,
        candidates,
      });
    }
  }
  return gaps;
}
