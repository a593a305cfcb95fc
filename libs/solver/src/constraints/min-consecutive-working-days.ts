import { employeeName, hardBreach, rowOf, runsOf, type Breach, type EmployeeRule } from './rule.js';

/**
 * Hard: every run of working days is at least the contract's minimum long. A run touching the
 * first or last day of the horizon is exempt: it continues into days the solver cannot see.
 */
export const minConsecutiveWorkingDays: EmployeeRule = {
  name: 'minConsecutiveWorkingDays',
  hard: true,
  scope: 'employee',
  sentence: (model, e) => `works at least ${model.minConsecutive[e]} days in a row once started`,
  check(model, roster, e) {
    const min = model.minConsecutive[e]!;
    const out: Breach[] = [];
    for (const [start, length] of runsOf(rowOf(roster, e), true)) {
      if (length < min && start > 0 && start + length < model.D) {
        const msg = `${employeeName(model, e)} works only ${length} day(s) in a row from day ${start}, at least ${min} required`;
        out.push(hardBreach(this.name, e, start, min - length, msg));
      }
    }
    return out;
  },
};
