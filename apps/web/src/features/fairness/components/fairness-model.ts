import type { FairnessCategory, FairnessReport } from '../../../lib/api-types';

/** One month on a chart: each person's cumulative load per FTE up to that month, by person id. */
export type CumulativePoint = { month: string } & Record<string, number | string>;

/**
 * Each person's load per FTE, accumulated month by month, so that every line ends at the
 * person's per-FTE total and can be read against the team's fair share (also per FTE, over the
 * whole period). A month missing from someone's series adds nothing.
 */
export function cumulativePerFte(
  report: FairnessReport,
  category: FairnessCategory,
): CumulativePoint[] {
  const months = [
    ...new Set(report.employees.flatMap((e) => e.series.map((point) => point.month))),
  ].sort();
  const running = new Map(report.employees.map((e) => [e.employeeId, 0]));
  return months.map((month) => {
    const point: CumulativePoint = { month };
    for (const employee of report.employees) {
      const value = employee.series.find((entry) => entry.month === month)?.[category] ?? 0;
      // FTE 0 (a contract without hours) would divide by zero; count the raw load instead.
      const next = (running.get(employee.employeeId) ?? 0) + value / (employee.fte || 1);
      running.set(employee.employeeId, next);
      point[employee.employeeId] = Math.round(next * 100) / 100;
    }
    return point;
  });
}

/** Where a person's per-FTE load stands against the fair share, with a tolerance of 0.5. */
export function positionOf(perFte: number, fairShare: number): 'above' | 'below' | 'fair' {
  if (perFte > fairShare + 0.5) return 'above';
  if (perFte < fairShare - 0.5) return 'below';
  return 'fair';
}
