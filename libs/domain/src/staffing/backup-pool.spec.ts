import { computeCoverage, type CoverageEmployee } from './coverage.js';
import type { DemandSlot } from './demand.js';

const start = new Date('2027-01-11T08:00:00Z');
const end = new Date('2027-01-11T16:00:00Z');
const slots: DemandSlot[] = [
  {
    start,
    end,
    requirements: [{ skillId: 'chat', min: 2, ideal: 3, priority: 1, ruleIds: ['chat'] }],
  },
];
const onShift = (...ids: string[]) => ids.map((employeeId) => ({ employeeId, start, end }));

const employees: CoverageEmployee[] = [
  { id: 'reg1', skillIds: ['chat'] },
  { id: 'reg2', skillIds: ['chat'] },
  { id: 'bk1', skillIds: ['email'], backupSkillIds: ['chat'] },
  { id: 'bk2', skillIds: ['email'], backupSkillIds: ['chat'] },
];

const chatRow = (shifts: ReturnType<typeof onShift>, leave = []) =>
  computeCoverage({ slots, shifts, employees, leave }).rows[0]!.requirements[0]!;

describe('the backup pool', () => {
  it('fills up to the minimum when regular staff cannot, and is marked as backup', () => {
    expect(chatRow(onShift('reg1', 'bk1', 'bk2'))).toMatchObject({
      staffed: 2,
      employeeIds: ['reg1'],
      backupEmployeeIds: ['bk1'],
      gap: false,
      // Backups never count towards the ideal.
      shortfall: true,
    });
  });

  it('is not counted when regular staff reach the minimum', () => {
    expect(chatRow(onShift('reg1', 'reg2', 'bk1'))).toMatchObject({
      staffed: 2,
      employeeIds: ['reg1', 'reg2'],
      backupEmployeeIds: [],
      gap: false,
    });
  });

  it('cannot help when no backup is on shift', () => {
    expect(chatRow(onShift('reg1'))).toMatchObject({
      staffed: 1,
      backupEmployeeIds: [],
      gap: true,
      missing: 1,
    });
  });
});
