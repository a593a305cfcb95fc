import { Succession } from '../model/compiled-model.js';
import { employeeName, shiftName, type EmployeeRule } from './rule.js';
import { successionBreaches } from './succession.js';

/**
 * Hard: no two shifts of one employee overlap. One cell per day rules out two shifts on a
 * day; what is left is a shift crossing midnight running into the next day's shift.
 */
export const noOverlappingShifts: EmployeeRule = {
  name: 'noOverlappingShifts',
  hard: true,
  scope: 'employee',
  sentence: () => 'never works two overlapping shifts',
  check(model, roster, e) {
    return successionBreaches(
      model,
      roster,
      e,
      Succession.overlap,
      this.name,
      (d, a, b) =>
        `${employeeName(model, e)}'s ${shiftName(model, a)} on day ${d} overlaps ${shiftName(model, b)} on day ${d + 1}`,
    );
  },
};
