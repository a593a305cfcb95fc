import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { daysBetween, DomainError } from '@planner/domain';
import { canSeeTeam, notFound } from '../../common/auth/access.js';
import type { Caller } from '../../common/auth/caller.js';
import { buildRota, type ComputedRota, localStamp, rotaDays } from './rota.builder.js';
import { RotaCache } from './rota.cache.js';
import { type PlanTeam, RotaRepository } from './rota.repository.js';

export const MAX_ROTA_DAYS = 186;

export interface RenderedView {
  body: string;
  etag: string;
}

/** The rota and coverage read models of a team and window, computed from the stored plan. */
@Injectable()
export class RotaService {
  private readonly computed = new RotaCache<ComputedRota>(32);
  private readonly rendered = new RotaCache<RenderedView>(64);

  constructor(private readonly repository: RotaRepository) {}

  async rota(caller: Caller, teamId: string, from: string, to: string): Promise<RenderedView> {
    return this.render(caller, 'rota', teamId, from, to, toRotaResponse);
  }

  async coverage(caller: Caller, teamId: string, from: string, to: string): Promise<RenderedView> {
    return this.render(caller, 'coverage', teamId, from, to, toCoverageResponse);
  }

  /** The computed rota (for other services: leave impact, the solver, calendar feeds). */
  async compute(teamId: string, from: string, to: string): Promise<ComputedRota> {
    const team = await this.repository.team(teamId);
    if (!team) throw notFound('Team', teamId);
    return this.computeFor(team, from, to);
  }

  private async render(
    caller: Caller,
    view: string,
    teamId: string,
    from: string,
    to: string,
    toResponse: (rota: ComputedRota) => unknown,
  ): Promise<RenderedView> {
    checkWindow(from, to);
    if (!canSeeTeam(caller, teamId)) throw notFound('Team', teamId);
    const team = await this.repository.team(teamId);
    if (!team) throw notFound('Team', teamId);
    const key = `${view}:${teamId}:${from}:${to}:${team.planVersion}`;
    const cached = this.rendered.get(key);
    if (cached) return cached;
    const body = JSON.stringify(toResponse(await this.computeFor(team, from, to)));
    const result = { body, etag: `"${createHash('sha1').update(key).digest('base64url')}"` };
    this.rendered.set(key, result);
    return result;
  }

  private async computeFor(team: PlanTeam, from: string, to: string): Promise<ComputedRota> {
    const key = `${team.id}:${from}:${to}:${team.planVersion}`;
    const cached = this.computed.get(key);
    if (cached) return cached;
    const inputs = await this.repository.inputs(team, from, to);
    const rota = buildRota({ ...inputs, team }, { from, to });
    this.computed.set(key, rota);
    return rota;
  }
}

function checkWindow(from: string, to: string): void {
  const days = daysBetween(from, to);
  if (days <= 0)
    throw DomainError.validation([{ field: 'to', reason: 'must be after from (to is exclusive)' }]);
  if (days > MAX_ROTA_DAYS) {
    throw DomainError.validation([
      {
        field: 'to',
        reason: `the window spans ${days} days; at most ${MAX_ROTA_DAYS} are allowed`,
      },
    ]);
  }
}

function coverageBody(rota: ComputedRota) {
  const zone = rota.inputs.team.timeZone;
  const gapOut = (g: ComputedRota['coverage']['gaps'][number]) => ({
    start: g.start.toISOString(),
    end: g.end.toISOString(),
    startLocal: localStamp(g.start, zone),
    endLocal: localStamp(g.end, zone),
    skillId: g.skillId,
    min: g.min,
    ideal: g.ideal,
    staffed: g.staffed,
    missing: g.missing,
    priority: g.priority,
    ruleIds: g.ruleIds,
  });
  return {
    rows: rota.coverage.rows.map((row) => ({
      start: row.start.toISOString(),
      end: row.end.toISOString(),
      startLocal: localStamp(row.start, zone),
      endLocal: localStamp(row.end, zone),
      requirements: row.requirements,
    })),
    gaps: rota.coverage.gaps.map(gapOut),
    shortfalls: rota.coverage.shortfalls.map(gapOut),
    summary: rota.coverage.summary,
  };
}

function header(rota: ComputedRota) {
  const team = rota.inputs.team;
  return {
    teamId: team.id,
    teamName: team.name,
    timeZone: team.timeZone,
    from: rota.window.from,
    to: rota.window.to,
    planVersion: team.planVersion,
  };
}

export function toCoverageResponse(rota: ComputedRota) {
  return { ...header(rota), ...coverageBody(rota) };
}

export function toRotaResponse(rota: ComputedRota) {
  const zone = rota.inputs.team.timeZone;
  const { from, to } = rota.window;
  return {
    ...header(rota),
    days: rotaDays(rota),
    shiftTypes: rota.inputs.shiftTypes,
    employees: rota.inputs.employees,
    // Shifts on the roster dates of the window; the eve's nights only count for coverage.
    shifts: rota.shifts
      .filter((s) => s.date >= from && s.date < to)
      .map((s) => ({
        key: s.key,
        employeeId: s.employeeId,
        shiftTypeId: s.shiftTypeId,
        date: s.date,
        start: s.start.toISOString(),
        end: s.end.toISOString(),
        startLocal: localStamp(s.start, zone),
        endLocal: localStamp(s.end, zone),
        source: s.source,
        assignmentId: s.assignmentId,
        coverFor: s.coverForEmployeeId,
        pinned: s.pinned,
        note: s.note,
      })),
    cancelled: rota.cancelled.filter((c) => c.date >= from && c.date < to),
    leave: [] as unknown[],
    coverage: coverageBody(rota),
  };
}
