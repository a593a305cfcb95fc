/**
 * An independent checker: it re-reads the instance file and a written roster CSV with its own
 * few lines of parsing and recomputes every hard constraint and the objective straight from the
 * benchmark's definition — sharing no code with the importer, the model or the scorer, so a bug
 * there cannot hide. It checks the rosters the solver writes for instances 1 and 2.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeRosterCsv } from '../io/curtois.js';
import { solve } from '../engines/solve.js';
import { scoreRoster } from '../score/score-roster.js';
import { loadCurtois } from './curtois-files.js';

const DIR = '/work/shared/benchmarks/curtois';

interface Checked {
  hard: string[];
  objective: number;
}

function check(instanceText: string, csvText: string): Checked {
  const sections = new Map<string, string[][]>();
  let current = '';
  for (const raw of instanceText.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    if (line.startsWith('SECTION_')) {
      current = line;
      sections.set(current, []);
    } else sections.get(current)!.push(line.split(','));
  }
  const rows = (name: string): string[][] => sections.get(`SECTION_${name}`) ?? [];
  const H = Number(rows('HORIZON')[0]![0]);
  const length = new Map<string, number>();
  const cannotFollow = new Map<string, string[]>();
  for (const [id, len, cf] of rows('SHIFTS')) {
    length.set(id!, Number(len));
    cannotFollow.set(id!, (cf ?? '').split('|').filter(Boolean));
  }
  const roster = new Map<string, string[]>();
  for (const line of csvText.split('\n').filter((l) => l.length > 0)) {
    const [id, ...cells] = line.split(',');
    if (cells.length !== H) throw new Error(`${id}: ${cells.length} cells for ${H} days`);
    roster.set(id!, cells);
  }
  const hard: string[] = [];
  for (const [id, maxShifts, maxMin, minMin, maxCons, minCons, minOff, maxWe] of rows('STAFF')) {
    const cells = roster.get(id!);
    if (!cells) throw new Error(`no roster line for ${id}`);
    for (const c of cells) if (c !== '' && !length.has(c)) hard.push(`${id}: unknown shift ${c}`);
    const limits = new Map(
      maxShifts!
        .split('|')
        .filter(Boolean)
        .map((p) => p.split('=') as [string, string]),
    );
    for (const [sid, max] of limits) {
      const n = cells.filter((c) => c === sid).length;
      if (n > Number(max)) hard.push(`${id}: ${n} × ${sid} > ${max}`);
    }
    const minutes = cells.reduce((t, c) => t + (c ? length.get(c)! : 0), 0);
    if (minutes > Number(maxMin) || minutes < Number(minMin))
      hard.push(`${id}: ${minutes} minutes`);
    for (let d = 0; d + 1 < H; d++) {
      if (cells[d] && cells[d + 1] && cannotFollow.get(cells[d]!)!.includes(cells[d + 1]!)) {
        hard.push(`${id}: ${cells[d + 1]} after ${cells[d]} on day ${d + 1}`);
      }
    }
    let d = 0;
    while (d < H) {
      const working = cells[d] !== '';
      let e = d;
      while (e + 1 < H && (cells[e + 1] !== '') === working) e++;
      const len = e - d + 1;
      const edge = d === 0 || e === H - 1;
      if (working && len > Number(maxCons)) hard.push(`${id}: ${len} days in a row from ${d}`);
      if (working && !edge && len < Number(minCons))
        hard.push(`${id}: only ${len} days in a row from ${d}`);
      if (!working && !edge && len < Number(minOff))
        hard.push(`${id}: only ${len} days off from ${d}`);
      d = e + 1;
    }
    let weekends = 0;
    for (let w = 0; w * 7 + 6 < H; w++) if (cells[w * 7 + 5] || cells[w * 7 + 6]) weekends++;
    if (weekends > Number(maxWe)) hard.push(`${id}: ${weekends} weekends`);
  }
  for (const [id, ...days] of rows('DAYS_OFF')) {
    for (const day of days)
      if (day !== '' && roster.get(id!)![Number(day)]) hard.push(`${id}: works on day off ${day}`);
  }
  let objective = 0;
  for (const [id, day, sid, w] of rows('SHIFT_ON_REQUESTS')) {
    if (roster.get(id!)![Number(day)] !== sid) objective += Number(w);
  }
  for (const [id, day, sid, w] of rows('SHIFT_OFF_REQUESTS')) {
    if (roster.get(id!)![Number(day)] === sid) objective += Number(w);
  }
  for (const [day, sid, req, under, over] of rows('COVER')) {
    let x = 0;
    for (const cells of roster.values()) if (cells[Number(day)] === sid) x++;
    objective +=
      Number(under) * Math.max(0, Number(req) - x) + Number(over) * Math.max(0, x - Number(req));
  }
  return { hard, objective };
}

describe('independent checker on written roster CSVs', () => {
  const out = mkdtempSync(join(tmpdir(), 'curtois-'));

  it.each([1, 2])(
    'instance %i: the written roster is valid and its objective matches',
    async (n) => {
      const file = join(DIR, `Instance${n}.txt`);
      const model = loadCurtois(file);
      const outcome = await solve(model, {
        timeLimitMs: 1500,
        clock: () => performance.now(),
        seed: 3,
      });
      const csv = join(out, `Instance${n}.csv`);
      writeFileSync(csv, writeRosterCsv(model, outcome.roster));

      const checked = check(readFileSync(file, 'utf8'), readFileSync(csv, 'utf8'));
      const report = scoreRoster(model, outcome.roster);
      expect(checked.hard).toEqual([]);
      expect(report.hardViolations).toBe(0);
      expect(checked.objective).toBe(report.objective);
      expect(checked.objective).toBe(outcome.objective);
    },
  );

  it('catches what the scorer must also catch on a deliberately broken roster', () => {
    const file = join(DIR, 'Instance1.txt');
    const model = loadCurtois(file);
    // Everybody works every day: too many days in a row, too many minutes, too many weekends,
    // work on days off — and the objective is over-staffing plus the off-requests.
    const csv = model.employeeIds
      .map((id) => [id, ...Array.from({ length: model.D }, () => 'D')].join(','))
      .join('\n');
    const checked = check(readFileSync(file, 'utf8'), csv);
    const cells = new Int16Array(model.E * model.D).fill(0);
    const report = scoreRoster(model, { employees: model.E, days: model.D, cells });
    expect(checked.hard.length).toBeGreaterThan(0);
    expect(report.hardViolations).toBeGreaterThan(0);
    expect(checked.objective).toBe(report.objective);
  });
});
