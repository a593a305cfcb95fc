import type { CoverageGap, CoverageRow } from '../../lib/api-types';
import { rotaResponse, rotaShifts } from '../../test/rota-fixtures';
import { buildRotaModel, datesTouched, dayOffset, shortName } from './use-rota-model';

function row(startLocal: string, endLocal: string, staffed: number): CoverageRow {
  return {
    start: '',
    end: '',
    startLocal,
    endLocal,
    requirements: [
      {
        skillId: null,
        min: 1,
        ideal: 2,
        priority: 1,
        ruleIds: [],
        staffed,
        employeeIds: [],
        backupEmployeeIds: [],
        missing: Math.max(0, 1 - staffed),
        gap: staffed < 1,
        shortfall: staffed < 2,
      },
    ],
  };
}

function gap(startLocal: string, endLocal: string): CoverageGap {
  return {
    start: startLocal,
    end: endLocal,
    startLocal,
    endLocal,
    skillId: null,
    min: 1,
    ideal: 2,
    staffed: 0,
    missing: 1,
    priority: 1,
    ruleIds: [],
  };
}

describe('the rota model', () => {
  it('puts shifts and cancelled shifts in their employee’s cell by roster date', () => {
    const model = buildRotaModel(rotaResponse());
    const annaMonday = model.cells.get(rotaShifts[0]!.employeeId)?.[0];
    expect(annaMonday?.shifts.map((s) => s.startLocal)).toEqual(['2025-04-28T06:00']);
    expect(model.shiftCount).toBe(rotaShifts.length);
    // A night shift sits on the date it starts, not the date it ends.
    const night = rotaShifts.find((s) => s.startLocal.endsWith('22:00'))!;
    expect(model.cells.get(night.employeeId)?.[2]?.shifts).toEqual([night]);
    expect(dayOffset(night.endLocal, night.date)).toBe(1);
  });

  it('marks each day of a coverage row with its worst state, a night gap on both of its dates', () => {
    const model = buildRotaModel(
      rotaResponse({
        coverage: {
          rows: [
            row('2025-04-28T08:00', '2025-04-28T16:00', 2),
            row('2025-04-28T22:00', '2025-04-29T06:00', 0),
            // Ends at midnight: touches the 30th only.
            row('2025-04-30T16:00', '2025-05-01T00:00', 1),
          ],
          gaps: [gap('2025-04-28T22:00', '2025-04-29T06:00')],
          shortfalls: [
            gap('2025-04-28T22:00', '2025-04-29T06:00'),
            gap('2025-04-30T16:00', '2025-05-01T00:00'),
          ],
          summary: {
            gaps: 1,
            shortfalls: 2,
            gapMinutes: 480,
            shortfallMinutes: 960,
            missingMinutes: 480,
          },
        },
      }),
    );
    const [line] = model.coverage;
    expect(line?.skillId).toBeNull();
    expect(line?.states.slice(0, 4)).toEqual(['gap', 'gap', 'shortfall', undefined]);
    expect(line?.gapDays).toBe(2);
    // The gap is listed on both days; its twin in the shortfalls is not listed again.
    expect(model.coverageDetails.get('|0')).toEqual({
      gaps: [expect.objectContaining({ startLocal: '2025-04-28T22:00' })],
      shortfalls: [],
    });
    expect(model.coverageDetails.get('|1')?.gaps).toHaveLength(1);
    expect(model.coverageDetails.get('|2')?.shortfalls).toHaveLength(1);
    expect(model.coverageDetails.has('|3')).toBe(false);
  });

  it('counts the dates an interval of local stamps touches', () => {
    expect(datesTouched('2025-04-28T08:00', '2025-04-28T16:00')).toEqual(['2025-04-28']);
    expect(datesTouched('2025-04-28T22:00', '2025-04-29T06:00')).toEqual([
      '2025-04-28',
      '2025-04-29',
    ]);
    expect(datesTouched('2025-04-28T00:00', '2025-04-29T00:00')).toEqual(['2025-04-28']);
    expect(datesTouched('2025-04-28T12:00', '2025-05-01T12:00')).toHaveLength(4);
  });

  it('abbreviates colleagues’ names', () => {
    expect(shortName('Anna Kowalska')).toBe('Anna K.');
    expect(shortName('Maria de la Cruz')).toBe('Maria C.');
    expect(shortName('Prince')).toBe('Prince');
    expect(shortName('Łucja  Żak ')).toBe('Łucja Ż.');
  });
});
