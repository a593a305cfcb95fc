import { compareText } from '../../../lib/intl';
import { employees } from '../../../test/fixtures';
import { dawid, rotaResponse, rotationShift, shiftTypes } from '../../../test/rota-fixtures';
import { buildCoverList } from './build-cover-list';

const [anna, ben] = employees as [(typeof employees)[0], (typeof employees)[0]];
const byName = compareText('en');

describe('buildCoverList', () => {
  it('clips an absence to the window, keeps cover shifts of its dates only, and finds overlapping gaps by local stamps', () => {
    const rota = rotaResponse({
      leave: [
        {
          id: 'long',
          employeeId: anna.id,
          leaveTypeId: null,
          startDate: '2025-04-20',
          endDate: '2025-05-02',
          halfDay: null,
          status: 'approved',
          version: 1,
        },
      ],
      shifts: [
        // Covers Anna inside the absence.
        rotationShift(ben.id, shiftTypes.late, '2025-04-30', { key: 'a', coverFor: anna.id }),
        rotationShift(dawid.id, shiftTypes.early, '2025-04-30', { key: 'b', coverFor: anna.id }),
        // Marked as cover for Anna after her absence ended: not part of it.
        rotationShift(dawid.id, shiftTypes.early, '2025-05-03', { key: 'c', coverFor: anna.id }),
      ],
    });

    const list = buildCoverList(rota, byName);

    expect(list.absences).toHaveLength(1);
    const [absence] = list.absences;
    expect(absence?.from).toBe('2025-04-28');
    expect(absence?.until).toBe('2025-05-02');
    // Same day: earlier start first.
    expect(absence?.days.map((d) => [d.date, d.duties.map((x) => x.shift.key)])).toEqual([
      ['2025-04-30', ['b', 'a']],
    ]);
    expect(absence).toMatchObject({ coveredCount: 2, openCount: 0 });
    // The fixture's Thursday 08:00–12:00 chat gap falls inside 20 April – 2 May.
    expect(absence?.gaps.map((g) => g.startLocal)).toEqual(['2025-05-01T08:00']);
    expect(list).toMatchObject({ uncovered: 0, openGaps: 1 });
  });

  it('counts the absent person’s own shifts as open duties, and no gap starting at the midnight after', () => {
    const rota = rotaResponse({
      leave: [
        {
          id: 'wed',
          employeeId: anna.id,
          leaveTypeId: null,
          startDate: '2025-04-30',
          endDate: '2025-04-30',
          halfDay: null,
          status: 'pending',
          version: 1,
        },
      ],
    });
    const list = buildCoverList(rota, byName);
    expect(list.absences[0]?.gaps).toEqual([]);
    // Anna's early shift on that Wednesday is still hers: nobody covers it yet.
    expect(list.absences[0]).toMatchObject({ coveredCount: 0, openCount: 1 });
    expect(list.absences[0]?.days[0]?.duties[0]).toMatchObject({
      covered: false,
      substitute: undefined,
    });
    expect(list.uncovered).toBe(1);
  });
});
