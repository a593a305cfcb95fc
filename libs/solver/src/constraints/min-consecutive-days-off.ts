import { employeeName, hardBreach, rowOf, runsOf, type Breach, type EmployeeRule } from './rule.js';

/** Hard: every run of days off is at least the contract's minimum long (horizon edges exempt). */
export const minConsecutiveDaysOff: EmployeeRule = {
  name: 'minConsecutiveDaysOff',
  hard: true,
  scope: 'employee',
  sentence: (model, e) => `gets at least ${model.minConsecutiveOff[e]} days off in a row`,
  check(model, roster, e) {
    const min = model.minConsecutiveOff[e]!;
    const out: Breach[] = [];
    for (const [start, length] of runsOf(rowOf(roster, e), false)) {
      if (length < min && start > 0 && start + length < model.D) {
        const msg = `${employeeName(model, e)} gets only ${length} day(s) off from day ${start}, at least ${min} required`;
        out.push(hardBreach(this.name, e, start, min - length, msg));
      }
    }
    return out;
  },
};
