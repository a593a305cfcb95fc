import { Injectable } from '@nestjs/common';
import { addDays, daysBetween, DomainError, publicHolidays } from '@planner/domain';
import { canSeeTeam, notFound } from '../../common/auth/access.js';
import type { Caller } from '../../common/auth/caller.js';
import { planShifts } from '../rota/rota.builder.js';
import { type PlanTeam, RotaRepository } from '../rota/rota.repository.js';
import { PlanningRepository } from '../plans/planning.repository.js';
import type { DutyHistory } from '../plans/roster-mapping.js';
import {
  DUTY_CATEGORIES,
  dutyLedger,
  ledgerTotals,
  zeroCounts,
  type DutyCategory,
  type DutyCounts,
} from './duty-ledger.js';

export const MAX_FAIRNESS_DAYS = 732;
/** How far back the solver looks in the ledger for each person's history. */
export const HISTORY_MONTHS = 12;

export interface FairnessReport {
  teamId: string;
  from: string;
  to: string;
  categories: DutyCategory[];
  /** Load per FTE each person would carry if the period's duties were spread evenly. */
  fairShare: DutyCounts;
  /** Of the per-FTE loads. */
  spread: Record<DutyCategory, { min: number; max: number; stddev: number }>;
  employees: {
    employeeId: string;
    name: string;
    fte: number;
    totals: DutyCounts;
    perFte: DutyCounts;
    series: ({ month: string } & DutyCounts)[];
  }[];
}

const round = (n: number): number => Math.round(n * 100) / 100;

/** The fairness ledger: who carried cover duties, nights, weekends and holidays, read from the rota. */
@Injectable()
export class FairnessService {
  constructor(
    private readonly rota: RotaRepository,
    private readonly planning: PlanningRepository,
  ) {}

  async report(caller: Caller, teamId: string, from: string, to: string): Promise<FairnessReport> {
    if (to < from) {
      throw DomainError.validation([{ field: 'to', reason: 'must not be before from' }]);
    }
    if (daysBetween(from, to) >= MAX_FAIRNESS_DAYS) {
      throw DomainError.validation([
        { field: 'to', reason: `the period may span at most ${MAX_FAIRNESS_DAYS} days` },
      ]);
    }
    const team = await this.rota.team(teamId);
    if (!team || !canSeeTeam(caller, teamId)) throw notFound('Team', teamId);
    const { ledger, people } = await this.ledger(team, from, addDays(to, 1));
    const months: string[] = [];
    for (let m = from.slice(0, 7); m <= to.slice(0, 7); m = addDays(`${m}-01`, 32).slice(0, 7)) {
      months.push(m);
    }
    const totals = ledgerTotals(ledger);
    const employees = people
      // People who worked in the period: a manager without shifts has no share to carry.
      .filter((p) => totals.has(p.id))
      .map((p) => {
        const sum = totals.get(p.id) ?? zeroCounts();
        const perFte = zeroCounts();
        for (const k of DUTY_CATEGORIES) perFte[k] = round(sum[k] / p.fte);
        return {
          employeeId: p.id,
          name: p.name,
          fte: p.fte,
          totals: sum,
          perFte,
          series: months.map((month) => ({
            month,
            ...(ledger.get(p.id)?.get(month) ?? zeroCounts()),
          })),
        };
      });
    const fairShare = zeroCounts();
    const spread = {} as FairnessReport['spread'];
    const fteTotal = employees.reduce((a, e) => a + e.fte, 0);
    for (const k of DUTY_CATEGORIES) {
      const load = employees.reduce((a, e) => a + e.totals[k], 0);
      fairShare[k] = fteTotal > 0 ? round(load / fteTotal) : 0;
      const values = employees.map((e) => e.totals[k] / e.fte);
      const mean = values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
      const variance = values.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, values.length);
      spread[k] = {
        min: round(values.length ? Math.min(...values) : 0),
        max: round(values.length ? Math.max(...values) : 0),
        stddev: round(Math.sqrt(variance)),
      };
    }
    return { teamId, from, to, categories: [...DUTY_CATEGORIES], fairShare, spread, employees };
  }

  /** Each person's load in the months before `before`, for the solver's fair shares. */
  async history(team: PlanTeam, before: string): Promise<DutyHistory> {
    const from = addDays(before, -HISTORY_MONTHS * 30);
    const { ledger } = await this.ledger(team, from, before);
    const totals = ledgerTotals(ledger);
    const month = before.slice(0, 7);
    const history: Required<DutyHistory> = {
      cover: {},
      nights: {},
      weekends: {},
      holidays: {},
      coverThisMonth: {},
    };
    for (const [employeeId, months] of ledger) {
      history.coverThisMonth[employeeId] = months.get(month)?.cover ?? 0;
    }
    for (const [employeeId, c] of totals) {
      history.cover[employeeId] = c.cover;
      history.nights[employeeId] = c.nights;
      history.weekends[employeeId] = c.weekends;
      history.holidays[employeeId] = c.holidays;
    }
    return history;
  }

  /** The ledger of roster dates [from, to). */
  private async ledger(team: PlanTeam, from: string, to: string) {
    const inputs = await this.rota.inputs(team, from, to);
    const { shifts } = planShifts(inputs, { from, to });
    const inWindow = shifts.filter((s) => s.date >= from && s.date < to);
    const holidays = new Set(
      publicHolidays(
        team.countryCode,
        team.regionCode,
        Number(from.slice(0, 4)),
        Number(addDays(to, -1).slice(0, 4)),
      ).map((h) => h.date),
    );
    const people = (await this.planning.people(team.id)).map((p) => ({
      id: p.employeeId,
      name: p.name,
      fte: p.fte,
      active: p.active,
    }));
    return { ledger: dutyLedger(inputs, inWindow, holidays), people };
  }
}
