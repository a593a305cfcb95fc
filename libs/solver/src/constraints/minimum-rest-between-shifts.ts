import { Succession } from '../model/compiled-model.js';
import { employeeName, shiftName, type EmployeeRule } from './rule.js';
import { successionBreaches } from './succession.js';

/** Hard: the contract's minimum rest separates the end of one shift from the start of the next. */
export const minimumRestBetweenShifts: EmployeeRule = {
  name: 'minimumRestBetweenShifts',
  hard: true,
  scope: 'employee',
  sentence: (model, e) => `needs ${(model.minRest[e]! / 60).toFixed(0)} h rest between shifts`,
  check(model, roster, e) {
    return successionBreaches(
      model,
      roster,
      e,
      Succession.rest,
      this.name,
      (d, a, b) =>
        `${employeeName(model, e)} gets less than ${(model.minRest[e]! / 60).toFixed(0)} h rest between ${shiftName(model, a)} on day ${d} and ${shiftName(model, b)} on day ${d + 1}`,
    );
  },
};
