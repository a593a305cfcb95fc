import { employees } from '../../../test/fixtures';
import { addedChange, planResult, removedChange } from '../../../test/plan-fixtures';
import {
  dawid,
  rotaResponse,
  rotaShifts,
  rotationShift,
  shiftTypes,
} from '../../../test/rota-fixtures';
import { applyPlanChanges } from './apply-plan-changes';

const anna = employees[0]!;

describe('applyPlanChanges', () => {
  it('before publishing: marks the removed shift on the rota and draws the added one', () => {
    const rota = rotaResponse();
    const diff = applyPlanChanges(rota, planResult);

    expect(diff.proposed.get(removedChange.publishedKey!)).toBe('removed');
    expect(diff.changeByShiftKey.get(removedChange.publishedKey!)).toBe(removedChange);
    // The marked shift is a copy: the rota's own shift objects are left as they were.
    const removed = diff.rota.shifts.find((shift) => shift.key === removedChange.publishedKey!);
    expect(removed).toEqual(rota.shifts.find((shift) => shift.key === removedChange.publishedKey!));
    expect(rota.shifts).not.toContain(removed);

    const added = diff.rota.shifts.find((shift) => shift.key === `plan-added:${addedChange.key}`);
    expect(added).toMatchObject({
      employeeId: dawid.id,
      date: '2025-05-01',
      startLocal: '2025-05-01T06:00',
      endLocal: '2025-05-01T14:00',
      coverFor: anna.id,
      source: 'solver',
    });
    expect(diff.proposed.get(added!.key)).toBe('added');
    expect(diff.rota.shifts).toHaveLength(rota.shifts.length + 1);
  });

  it('after publishing: finds the added shift by person, date and type, and draws the removed one', () => {
    const published = rotationShift(dawid.id, shiftTypes.early, '2025-05-01', {
      key: 'assignment:new',
      source: 'solver',
      coverFor: anna.id,
    });
    const shifts = [
      ...rotaShifts.filter((shift) => shift.key !== removedChange.publishedKey!),
      published,
    ];
    const diff = applyPlanChanges(rotaResponse({ shifts }), planResult);

    expect(diff.proposed.get('assignment:new')).toBe('added');
    expect(diff.proposed.get(`plan-removed:${removedChange.key}`)).toBe('removed');
    expect(diff.rota.shifts).toHaveLength(shifts.length + 1);
  });

  it('puts the end of a night change on the next date', () => {
    const night = { ...addedChange, startLocal: '22:00', endLocal: '06:00' };
    const diff = applyPlanChanges(rotaResponse(), { ...planResult, added: [night], removed: [] });
    expect(diff.rota.shifts.at(-1)).toMatchObject({
      startLocal: '2025-05-01T22:00',
      endLocal: '2025-05-02T06:00',
    });
  });
});
