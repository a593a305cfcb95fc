import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';
import { Injectable } from '@nestjs/common';
import { daysBetween, DomainError } from '@planner/domain';
import { canManageTeam, canSeeTeam, notFound } from '../../common/auth/access.js';
import type { Caller } from '../../common/auth/caller.js';
import {
  buildRota,
  type ComputedRota,
  isoStamper,
  localStamper,
  rotaDays,
} from './rota.builder.js';
import { RotaCache } from './rota.cache.js';
import { type PlanTeam, RotaRepository } from './rota.repository.js';

export const MAX_ROTA_DAYS = 186;

type Audience = 'manager' | 'member';

const gzip = promisify(gzipCallback);

export interface RenderedView {
  body: Buffer;
  /** The same body gzipped once per plan version; most clients take it. */
  gzipped: Buffer;
  etag: string;
}

/** The rota and coverage read models of a team and window, computed from the stored plan. */
@Injectable()
export class RotaService {
  // Promises, so that concurrent readers of a new plan version share one computation.
  private readonly computed = new RotaCache<Promise<ComputedRota>>(32);
  private readonly rendered = new RotaCache<Promise<RenderedView>>(64);

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
    toResponse: (rota: ComputedRota, audience: Audience) => unknown,
  ): Promise<RenderedView> {
    checkWindow(from, to);
    if (!canSeeTeam(caller, teamId)) throw notFound('Team', teamId);
    const team = await this.repository.team(teamId);
    if (!team) throw notFound('Team', teamId);
    // Colleagues see that someone is away, not why; managers see the leave type.
    const audience: Audience = canManageTeam(caller, teamId) ? 'manager' : 'member';
    const key = `${view}:${audience}:${teamId}:${from}:${to}:${team.planVersion}`;
    return this.remember(this.rendered, key, async () => {
      const body = Buffer.from(
        JSON.stringify(toResponse(await this.computeFor(team, from, to), audience)),
      );
      return {
        body,
        gzipped: await gzip(body, { level: 1 }),
        etag: `"${createHash('sha1').update(key).digest('base64url')}"`,
      };
    });
  }

  private computeFor(team: PlanTeam, from: string, to: string): Promise<ComputedRota> {
    return this.remember(
      this.computed,
      `${team.id}:${from}:${to}:${team.planVersion}`,
      async () => {
        const inputs = await this.repository.inputs(team, from, to);
        return buildRota({ ...inputs, team }, { from, to });
      },
    );
  }

  private remember<T>(
    cache: RotaCache<Promise<T>>,
    key: string,
    make: () => Promise<T>,
  ): Promise<T> {
    const cached = cache.get(key);
    if (cached) return cached;
    const pending = make();
    cache.set(key, pending);
    pending.catch(() => cache.delete(key));
    return pending;
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
  const localStamp = localStamper(rota.inputs.team.timeZone);
  const gapOut = (g: ComputedRota['coverage']['gaps'][number]) => ({
    start: g.start.toISOString(),
    end: g.end.toISOString(),
    startLocal: localStamp(g.start),
    endLocal: localStamp(g.end),
    skillId: g.skillId,
    min: g.min,
    ideal: g.ideal,
    staffed: g.staffed,
    missing: g.missing,
    priority: g.priority,
    ruleIds: g.ruleIds,
  });
  return {
    // Counts per requirement; who is on shift is in `shifts` (ids here would repeat per row).
    rows: rota.coverage.rows.map((row) => ({
      start: row.start.toISOString(),
      end: row.end.toISOString(),
      startLocal: localStamp(row.start),
      endLocal: localStamp(row.end),
      requirements: row.requirements.map((r) => ({
        skillId: r.skillId,
        min: r.min,
        ideal: r.ideal,
        priority: r.priority,
        staffed: r.staffed,
        backupStaffed: r.backupEmployeeIds.length,
        missing: r.missing,
        gap: r.gap,
        shortfall: r.shortfall,
      })),
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

export function toRotaResponse(rota: ComputedRota, audience: Audience = 'manager') {
  const localStamp = localStamper(rota.inputs.team.timeZone);
  const iso = isoStamper();
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
        start: iso(s.start),
        end: iso(s.end),
        startLocal: localStamp(s.start),
        endLocal: localStamp(s.end),
        source: s.source,
        assignmentId: s.assignmentId,
        coverFor: s.coverForEmployeeId,
        pinned: s.pinned,
        note: s.note,
      })),
    cancelled: rota.cancelled.filter((c) => c.date >= from && c.date < to),
    leave: rota.inputs.leave
      .filter((l) => l.endDate >= from && l.startDate < to)
      .map((l) => (audience === 'manager' ? l : { ...l, leaveTypeId: null })),
    coverage: coverageBody(rota),
  };
}
