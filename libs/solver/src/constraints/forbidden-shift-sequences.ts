import { Succession } from '../model/compiled-model.js';
import { employeeName, shiftName, type EmployeeRule } from './rule.js';
import { successionBreaches } from './succession.js';

/** Hard: a shift type listed as "cannot be followed by" is not worked on the next day. */
export const forbiddenShiftSequences: EmployeeRule = {
  name: 'forbiddenShiftSequences',
  hard: true,
  scope: 'employee',
  sentence: () => 'never works a forbidden shift sequence (e.g. an early right after a late)',
  check(model, roster, e) {
    return successionBreaches(
      model,
      roster,
      e,
      Succession.sequence,
      this.name,
      (d, a, b) =>
        `${employeeName(model, e)} works ${shiftName(model, b)} on day ${d + 1} right after ${shiftName(model, a)}`,
    );
  },
};
