import { OFF } from '../model/roster.js';
import { employeeName, hardBreach, rowOf, type EmployeeRule } from './rule.js';

/** Hard: a weekend counts as worked when any of its days is worked; at most the contract's number. */
export const maxWorkingWeekends: EmployeeRule = {
  name: 'maxWorkingWeekends',
  hard: true,
  scope: 'employee',
  sentence: (model, e) => `works at most ${model.maxWeekends[e]} weekends`,
  check(model, roster, e) {
    const row = rowOf(roster, e);
    const worked = model.weekendDays.filter((days) => days.some((d) => row[d] !== OFF)).length;
    const max = model.maxWeekends[e]!;
    if (worked <= max) return [];
    const msg = `${employeeName(model, e)} works ${worked} weekends, at most ${max} allowed`;
    return [hardBreach(this.name, e, null, worked - max, msg)];
  },
};
