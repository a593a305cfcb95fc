import { employeeName, hardBreach, rowOf, runsOf, type Breach, type EmployeeRule } from './rule.js';

/** Hard: no run of working days is longer than the contract allows. */
export const maxConsecutiveWorkingDays: EmployeeRule = {
  name: 'maxConsecutiveWorkingDays',
  hard: true,
  scope: 'employee',
  sentence: (model, e) => `works at most ${model.maxConsecutive[e]} days in a row`,
  check(model, roster, e) {
    const max = model.maxConsecutive[e]!;
    const out: Breach[] = [];
    for (const [start, length] of runsOf(rowOf(roster, e), true)) {
      if (length > max) {
        const msg = `${employeeName(model, e)} works ${length} days in a row from day ${start}, at most ${max} allowed`;
        out.push(hardBreach(this.name, e, start, length - max, msg));
      }
    }
    return out;
  },
};
