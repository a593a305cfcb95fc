import { ALL_RULES, type Breach, type Rule } from '../constraints/index.js';
import type { CompiledModel } from '../model/compiled-model.js';
import type { Roster } from '../model/roster.js';

export interface RuleTotal {
  count: number;
  cost: number;
}

/** The product's score of a roster: what is broken, what it costs, and why. */
export interface ScoreReport {
  /** Number of hard breaches; a roster is valid when this is 0. */
  hardViolations: number;
  /** The soft objective (sum of soft costs). */
  objective: number;
  breaches: Breach[];
  byRule: Record<string, RuleTotal>;
}

export function checkRule(model: CompiledModel, roster: Roster, rule: Rule): Breach[] {
  if (rule.scope === 'roster') return rule.check(model, roster);
  const out: Breach[] = [];
  for (let e = 0; e < model.E; e++) out.push(...rule.check(model, roster, e));
  return out;
}

/** Scores a roster from scratch with the named rules. The local search's deltas must agree with it. */
export function scoreRoster(
  model: CompiledModel,
  roster: Roster,
  rules: readonly Rule[] = ALL_RULES,
): ScoreReport {
  if (roster.employees !== model.E || roster.days !== model.D) {
    throw new Error(
      `roster is ${roster.employees}×${roster.days}, the model ${model.E}×${model.D}`,
    );
  }
  const breaches: Breach[] = [];
  const byRule: Record<string, RuleTotal> = {};
  let hardViolations = 0;
  let objective = 0;
  for (const rule of rules) {
    const found = checkRule(model, roster, rule);
    let cost = 0;
    for (const b of found) cost += b.cost;
    byRule[rule.name] = { count: found.length, cost };
    if (rule.hard) hardViolations += found.length;
    else objective += cost;
    breaches.push(...found);
  }
  return { hardViolations, objective, breaches, byRule };
}
