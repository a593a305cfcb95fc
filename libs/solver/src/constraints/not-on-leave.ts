import { Block } from '../model/compiled-model.js';
import { OFF } from '../model/roster.js';
import { employeeName, hardBreach, rowOf, type Breach, type EmployeeRule } from './rule.js';

/** Hard: nobody works on a day of leave or declared unavailability. */
export const notOnLeave: EmployeeRule = {
  name: 'notOnLeave',
  hard: true,
  scope: 'employee',
  sentence: () => 'does not work while on leave or unavailable',
  check(model, roster, e) {
    const out: Breach[] = [];
    const row = rowOf(roster, e);
    for (let d = 0; d < model.D; d++) {
      const leave = model.leave[e * model.D + d]!;
      const s = row[d]!;
      if (s !== OFF && model.block[(e * model.D + d) * model.S + s]! & Block.leave) {
        const why = leave === 1 ? 'on leave' : 'unavailable';
        out.push(
          hardBreach(
            this.name,
            e,
            d,
            1,
            `${employeeName(model, e)} is ${why} on day ${d}`,
            row[d]!,
          ),
        );
      }
    }
    return out;
  },
};
