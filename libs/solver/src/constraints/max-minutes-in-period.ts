import { NO_LIMIT } from '../model/compiled-model.js';
import { minutesWorked } from './minutes.js';
import { employeeName, hardBreach, type EmployeeRule } from './rule.js';

/** Hard: total worked minutes stay within the contract's maximum for the period. */
export const maxMinutesInPeriod: EmployeeRule = {
  name: 'maxMinutesInPeriod',
  hard: true,
  scope: 'employee',
  sentence: (model, e) => `works at most ${model.maxMinutes[e]} minutes in the period`,
  check(model, roster, e) {
    const max = model.maxMinutes[e]!;
    const worked = minutesWorked(model, roster, e);
    if (max >= NO_LIMIT || worked <= max) return [];
    const msg = `${employeeName(model, e)} works ${worked} minutes, at most ${max} allowed`;
    return [hardBreach(this.name, e, null, worked - max, msg)];
  },
};
