import { minutesWorked } from './minutes.js';
import { employeeName, hardBreach, type EmployeeRule } from './rule.js';

/** Hard: where a contract sets a minimum, the employee works at least that many minutes. */
export const minMinutesInPeriod: EmployeeRule = {
  name: 'minMinutesInPeriod',
  hard: true,
  scope: 'employee',
  sentence: (model, e) => `works at least ${model.minMinutes[e]} minutes in the period`,
  check(model, roster, e) {
    const min = model.minMinutes[e]!;
    const worked = minutesWorked(model, roster, e);
    if (worked >= min) return [];
    const msg = `${employeeName(model, e)} works ${worked} minutes, at least ${min} required`;
    return [hardBreach(this.name, e, null, min - worked, msg)];
  },
};
