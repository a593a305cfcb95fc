import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  addDays,
  daysBetween,
  DomainError,
  type FieldError,
  instantToLocal,
  type IsoWeekday,
  leaveCost,
  type LeaveCost,
  publicHolidays,
} from '@planner/domain';
import {
  canManageTeam,
  canSeeTeam,
  forbidden,
  notFound,
  visibleTeamIds,
} from '../../common/auth/access.js';
import type { Caller } from '../../common/auth/caller.js';
import { type Page, pageRequest } from '../../common/http/pagination.js';
import type { Tx } from '../../database/data-source.js';
import { UnitOfWork } from '../../database/unit-of-work.js';
import { AuditRepository } from '../audit/audit.repository.js';
import { RotaRepository } from '../rota/rota.repository.js';
import type {
  CancelDto,
  CreateLeaveRequestDto,
  DecisionDto,
  LeaveDraftDto,
  LeaveRequestResponse,
  LeaveStatus,
  ListLeaveQuery,
  RejectDto,
} from './dto/leave.dto.js';
import { LeaveBalanceService } from './leave-balance.service.js';
import {
  type CoverageLoss,
  coverageImpact,
  impactWindow,
  type LeaveDraft,
  withApproved,
} from './leave-impact.js';
import { PlanningRepository } from '../plans/planning.repository.js';
import { CONTEXT_DAYS } from '../plans/roster-mapping.js';
import { proposeSubstitutes } from '../plans/substitutes.js';
import { type PolicyViolation, policyViolations } from './leave-policy.js';
import {
  type LeaveHolder,
  type LeaveRecord,
  LeaveRepository,
  type LeaveTypeRecord,
} from './leave.repository.js';

/** The longest leave one request may cover. */
export const MAX_LEAVE_DAYS = 366;

export interface LeaveImpact {
  days: number;
  daysByYear: { year: number; days: number }[];
  countsAgainstAllowance: boolean;
  balanceBefore: { year: number; days: number }[] | null;
  balanceAfter: { year: number; days: number }[] | null;
  policyViolations: PolicyViolation[];
  gaps: CoverageLoss[];
  shortfalls: CoverageLoss[];
}

@Injectable()
export class LeaveService {
  constructor(
    private readonly leave: LeaveRepository,
    private readonly balances: LeaveBalanceService,
    private readonly rota: RotaRepository,
    private readonly audit: AuditRepository,
    private readonly unitOfWork: UnitOfWork,
    private readonly planning: PlanningRepository,
  ) {}

  // --- reading ---

  async list(caller: Caller, query: ListLeaveQuery): Promise<Page<LeaveRequestResponse>> {
    if (query.teamId && !canSeeTeam(caller, query.teamId)) throw notFound('Team', query.teamId);
    const inboxTeamIds = query.inbox ? await this.inboxTeams(caller) : undefined;
    const approvable = await this.approvableTeams(caller);
    const page = await this.leave.list(
      {
        // An inbox may hold teams the caller deputises for; it is already limited to those.
        teamIds: inboxTeamIds ? 'all' : visibleTeamIds(caller),
        teamId: query.teamId,
        employeeId: query.employeeId,
        status: query.status,
        from: query.from,
        to: query.to,
        inboxTeamIds,
      },
      pageRequest(query),
    );
    return { ...page, items: page.items.map((l) => this.present(caller, l, approvable)) };
  }

  async get(caller: Caller, id: string): Promise<LeaveRequestResponse> {
    const record = await this.visible(caller, id);
    return this.present(caller, record, await this.approvableTeams(caller));
  }

  // --- impact ---

  async preview(caller: Caller, dto: LeaveDraftDto, substitutes = false): Promise<LeaveImpact> {
    const { holder, type } = await this.prepare(caller, dto);
    const draft = toDraft(holder.id, dto);
    return this.impact(holder, type, draft, undefined, substitutes);
  }

  async impactOf(caller: Caller, id: string, substitutes = false): Promise<LeaveImpact> {
    const record = await this.visible(caller, id);
    if (!this.fullView(caller, record))
      throw forbidden('Only the employee and their managers see the impact of a leave.');
    const holder = await this.leave.holder(record.employeeId);
    const type = await this.leave.leaveType(record.leaveTypeId);
    if (!holder || !type) throw notFound('Leave request', id);
    return this.impact(holder, type, { ...record }, record, substitutes);
  }

  private async impact(
    holder: LeaveHolder,
    type: LeaveTypeRecord,
    draft: LeaveDraft,
    existing?: LeaveRecord,
    substitutes = false,
  ): Promise<LeaveImpact> {
    const cost = this.cost(holder, draft);
    const [coverage, violations, balance] = await Promise.all([
      this.coverageLosses(holder.teamId, draft, undefined, substitutes),
      this.violations(holder, draft),
      type.countsAgainstAllowance
        ? this.balances.balancesFor(
            holder,
            cost.byYear.map((y) => y.year),
          )
        : null,
    ]);
    // A stored request already holds its deduction: its balance "after" is the balance now.
    const charged = existing && (existing.status === 'pending' || existing.status === 'approved');
    return {
      days: cost.days,
      daysByYear: cost.byYear,
      countsAgainstAllowance: type.countsAgainstAllowance,
      balanceBefore:
        balance &&
        cost.byYear.map((y) => ({
          year: y.year,
          days: (balance.get(y.year) ?? 0) + (charged ? y.days : 0),
        })),
      balanceAfter:
        balance &&
        cost.byYear.map((y) => ({
          year: y.year,
          days: (balance.get(y.year) ?? 0) - (charged ? 0 : y.days),
        })),
      policyViolations: violations,
      gaps: coverage.gaps,
      shortfalls: coverage.shortfalls,
    };
  }

  /** Coverage the leave would lose; for a preview, with substitutes proposed for each gap. */
  private async coverageLosses(
    teamId: string,
    draft: LeaveDraft,
    tx?: Tx,
    withSubstitutes = false,
  ): Promise<{ gaps: CoverageLoss[]; shortfalls: CoverageLoss[] }> {
    const team = await this.rota.team(teamId, tx);
    if (!team) throw notFound('Team', teamId);
    const window = impactWindow(draft);
    if (!withSubstitutes) {
      return coverageImpact(await this.rota.inputs(team, window.from, window.to, tx), draft);
    }
    // Wider: the substitutes' rest and runs depend on the days before the leave.
    const [inputs, people] = await Promise.all([
      this.rota.inputs(team, addDays(window.from, -CONTEXT_DAYS), window.to, tx),
      this.planning.people(teamId, tx),
    ]);
    const impact = coverageImpact(inputs, draft);
    if (impact.gaps.length > 0) {
      const vacated = proposeSubstitutes(
        withApproved(inputs, draft),
        people.filter((p) => p.active),
        draft.employeeId,
        { from: draft.startDate, to: draft.endDate },
      );
      for (const gap of impact.gaps) {
        const start = Date.parse(gap.start);
        const end = Date.parse(gap.end);
        gap.substitutes =
          vacated.find((v) => v.start.getTime() < end && start < v.end.getTime())?.substitutes ??
          [];
      }
    }
    return impact;
  }

  // --- creating ---

  async create(
    caller: Caller,
    dto: CreateLeaveRequestDto,
    idempotencyKey?: string,
  ): Promise<LeaveRequestResponse> {
    const { holder, type } = await this.prepare(caller, dto);
    const draft = toDraft(holder.id, dto);
    const recordedByManager = holder.id !== caller.id;
    if (dto.overrideReason && !canManageTeam(caller, holder.teamId)) {
      throw new DomainError('FORBIDDEN_FIELDS', 'Only a manager may override leave policies.', {
        errors: [{ field: 'overrideReason', reason: 'only a manager may override a policy' }],
      });
    }
    // Absences that a manager records (sick from today, childcare) are facts: they take effect
    // at once and are not held to leave policies; requests that need no approval likewise.
    const status: LeaveStatus =
      recordedByManager || !type.requiresApproval ? 'approved' : 'pending';
    if (!recordedByManager) {
      const violations = await this.violations(holder, draft);
      if (violations.length > 0 && !dto.overrideReason) {
        throw new DomainError(
          'POLICY_VIOLATION',
          `The request breaks a leave policy: ${violations.map((v) => v.detail).join('; ')}.`,
          {
            violations,
            errors: [{ field: 'startDate', reason: violations.map((v) => v.detail).join('; ') }],
          },
        );
      }
    }
    const cost = this.cost(holder, draft);
    const requestHash = hashOf({ ...dto, employeeId: holder.id });

    return this.unitOfWork.run(async (tx) => {
      if (idempotencyKey) {
        await this.leave.lockIdempotencyKey(tx, caller.id, idempotencyKey);
        const stored = await this.leave.findIdempotent(caller.id, idempotencyKey, tx);
        if (stored) {
          if (stored.requestHash !== requestHash) {
            throw new DomainError(
              'IDEMPOTENCY_MISMATCH',
              'This Idempotency-Key was used for a different request.',
              {
                errors: [{ field: 'Idempotency-Key', reason: 'was used with a different body' }],
              },
            );
          }
          return stored.response as LeaveRequestResponse;
        }
      }
      const locked = await this.leave.lockHolder(holder.id, tx);
      if (!locked?.active)
        throw DomainError.validation([{ field: 'employeeId', reason: 'is deactivated' }]);
      if (type.countsAgainstAllowance) await this.checkBalance(tx, locked, cost);
      const id = await this.leave.insert(tx, {
        employeeId: holder.id,
        teamId: holder.teamId,
        leaveTypeId: type.id,
        startDate: draft.startDate,
        endDate: draft.endDate,
        halfDay: draft.halfDay,
        status,
        days: type.countsAgainstAllowance ? cost.days : 0,
        reason: dto.reason?.trim() || null,
        handoverNote: dto.handoverNote?.trim() || null,
        requestedBy: caller.id,
        decidedBy: status === 'approved' ? caller.id : null,
        overrideReason: dto.overrideReason?.trim() || null,
      });
      if (type.countsAgainstAllowance) {
        for (const { year, days } of cost.byYear) {
          if (days > 0)
            await this.leave.appendLedger(tx, {
              employeeId: holder.id,
              year,
              kind: 'deduction',
              days: -days,
              leaveRequestId: id,
              createdBy: caller.id,
            });
        }
      }
      const created = (await this.leave.find(id, tx))!;
      await this.audit.append(tx, {
        actorId: caller.id,
        teamId: holder.teamId,
        action: recordedByManager
          ? 'leave.recorded'
          : status === 'approved'
            ? 'leave.auto-approved'
            : 'leave.requested',
        entity: 'leave-request',
        entityId: id,
        after: { ...created, overrideReason: created.overrideReason },
      });
      const response = this.present(caller, created, [holder.teamId]);
      if (idempotencyKey)
        await this.leave.saveIdempotent(tx, caller.id, idempotencyKey, requestHash, 201, response);
      return response;
    });
  }

  // --- deciding ---

  approve(caller: Caller, id: string, dto: DecisionDto) {
    return this.decide(
      caller,
      id,
      'approved',
      dto.version,
      dto.comment ?? null,
      dto.overrideReason ?? null,
    );
  }

  reject(caller: Caller, id: string, dto: RejectDto) {
    const comment = dto.comment.trim();
    if (!comment)
      throw DomainError.validation([
        { field: 'comment', reason: 'is required to reject a request' },
      ]);
    return this.decide(caller, id, 'rejected', dto.version, comment, null);
  }

  cancel(caller: Caller, id: string, dto: CancelDto) {
    return this.decide(caller, id, 'cancelled', dto.version, dto.comment ?? null, null);
  }

  private async decide(
    caller: Caller,
    id: string,
    to: 'approved' | 'rejected' | 'cancelled',
    version: number,
    comment: string | null,
    overrideReason: string | null,
  ): Promise<LeaveRequestResponse> {
    const record = await this.visible(caller, id);
    const approvable = await this.approvableTeams(caller);
    const isOwn = record.employeeId === caller.id;
    if (to === 'cancelled') {
      if (!isOwn && !mayDecide(approvable, record.teamId))
        throw forbidden('Only the employee or an approver may cancel this leave.');
    } else {
      if (!mayDecide(approvable, record.teamId))
        throw forbidden('Only a manager of this team, their deputy or an admin may decide.');
      if (isOwn && caller.role !== 'admin')
        throw forbidden('Nobody approves or rejects their own leave.');
    }
    const from: LeaveStatus[] = to === 'cancelled' ? ['pending', 'approved'] : ['pending'];

    return this.unitOfWork.run(async (tx) => {
      if (to === 'approved') {
        // One approval at a time per team: two that only fit one at a time cannot both pass.
        await this.leave.lockTeam(record.teamId, tx);
        const current = await this.leave.find(id, tx);
        if (current && from.includes(current.status) && current.version === version) {
          const { gaps } = await this.coverageLosses(record.teamId, current, tx);
          if (gaps.length > 0 && !overrideReason) {
            throw new DomainError(
              'COVERAGE_VIOLATION',
              `Approving this leave would leave ${gaps.length} duty period(s) below minimum coverage.`,
              { uncovered: gaps },
            );
          }
        }
      }
      const changed = await this.leave.transition(tx, id, {
        from,
        to,
        version,
        decidedBy: caller.id,
        comment,
        overrideReason,
      });
      if (!changed) {
        const current = (await this.leave.find(id, tx))!;
        throw new DomainError(
          'VERSION_CONFLICT',
          `The request is ${current.status} (version ${current.version}); reload and decide again.`,
          {
            current: this.present(caller, current, approvable),
          },
        );
      }
      if (to !== 'approved') {
        // Give back what the request had taken from the balance.
        for (const entry of await this.leave.ledgerForRequest(id, tx)) {
          if (entry.kind === 'deduction') {
            await this.leave.appendLedger(tx, {
              employeeId: record.employeeId,
              year: entry.year,
              kind: 'refund',
              days: -entry.days,
              leaveRequestId: id,
              note: to,
              createdBy: caller.id,
            });
          }
        }
      }
      const after = (await this.leave.find(id, tx))!;
      await this.audit.append(tx, {
        actorId: caller.id,
        teamId: record.teamId,
        action: `leave.${to}`,
        entity: 'leave-request',
        entityId: id,
        before: record,
        after,
      });
      return this.present(caller, after, approvable);
    });
  }

  // --- rules ---

  /** Who the leave is for, and whether the caller may ask for it; input checks beyond the DTO. */
  private async prepare(
    caller: Caller,
    dto: LeaveDraftDto,
  ): Promise<{ holder: LeaveHolder; type: LeaveTypeRecord }> {
    const employeeId = dto.employeeId ?? caller.id;
    const holder = await this.leave.holder(employeeId);
    if (!holder || (!canSeeTeam(caller, holder.teamId) && employeeId !== caller.id))
      throw notFound('Employee', employeeId);
    if (employeeId !== caller.id && !canManageTeam(caller, holder.teamId)) {
      throw forbidden("Only the employee's manager or an admin may record leave for someone else.");
    }
    const errors: FieldError[] = [];
    const span = daysBetween(dto.startDate, dto.endDate);
    if (span < 0) errors.push({ field: 'endDate', reason: 'must not be before startDate' });
    else if (span + 1 > MAX_LEAVE_DAYS)
      errors.push({ field: 'endDate', reason: `a request covers at most ${MAX_LEAVE_DAYS} days` });
    if (dto.halfDay && dto.startDate !== dto.endDate) {
      errors.push({ field: 'halfDay', reason: 'a half day needs the same start and end date' });
    }
    if (!holder.active) errors.push({ field: 'employeeId', reason: 'is deactivated' });
    const type = await this.leave.leaveType(dto.leaveTypeId);
    if (!type) errors.push({ field: 'leaveTypeId', reason: 'is not a leave type' });
    if (errors.length > 0) throw DomainError.validation(errors);
    return { holder, type: type! };
  }

  private cost(holder: LeaveHolder, draft: LeaveDraft): LeaveCost {
    const fromYear = Number(draft.startDate.slice(0, 4));
    const toYear = Number(draft.endDate.slice(0, 4));
    const holidays = new Set(
      publicHolidays(holder.countryCode, holder.regionCode, fromYear, toYear).map((h) => h.date),
    );
    return leaveCost(
      { from: draft.startDate, to: addDays(draft.endDate, 1), half: draft.halfDay },
      holder.workingWeekdays as IsoWeekday[],
      holidays,
    );
  }

  private async violations(holder: LeaveHolder, draft: LeaveDraft): Promise<PolicyViolation[]> {
    const [blackouts, skillLimits, otherLeave] = await Promise.all([
      this.leave.blackouts(holder.teamId, draft.startDate, draft.endDate),
      this.leave.skillLimits(holder.teamId),
      this.leave.activeLeave(holder.teamId, draft.startDate, draft.endDate),
    ]);
    const skillsOf = await this.leave.skillsOf([holder.id, ...otherLeave.map((l) => l.employeeId)]);
    return policyViolations(draft, {
      blackouts,
      maxPeopleOff: holder.maxPeopleOff,
      skillLimits,
      otherLeave,
      skillsOf,
    });
  }

  private async checkBalance(tx: Tx, holder: LeaveHolder, cost: LeaveCost): Promise<void> {
    const balances = await this.balances.balancesFor(
      holder,
      cost.byYear.map((y) => y.year),
      tx,
    );
    for (const { year, days } of cost.byYear) {
      const available = balances.get(year) ?? 0;
      if (available - days < 0 && !holder.allowNegativeBalance) {
        throw new DomainError(
          'INSUFFICIENT_BALANCE',
          `Only ${available} day(s) of leave are left for ${year}; this request needs ${days}.`,
          {
            year,
            available,
            requested: days,
            errors: [
              {
                field: 'endDate',
                reason: `needs ${days} day(s) of ${year}'s allowance, ${available} left`,
              },
            ],
          },
        );
      }
    }
  }

  // --- rights ---

  /** Teams whose leave the caller may decide today ('*' = all, for admins): managed or held as a deputy. */
  private async approvableTeams(caller: Caller): Promise<string[]> {
    const deputy = await this.leave.deputyTeams(caller.id, today());
    if (caller.role === 'admin') return ['*', ...deputy];
    return [...new Set([...(caller.role === 'manager' ? caller.managedTeamIds : []), ...deputy])];
  }

  /**
   * Teams whose pending requests wait for the caller: their own teams and those they deputise
   * for; admins also get every team that has no manager able to decide today, so that no
   * request waits for nobody.
   */
  private async inboxTeams(caller: Caller): Promise<string[]> {
    const approvable = (await this.approvableTeams(caller)).filter((t) => t !== '*');
    if (caller.role !== 'admin') return approvable;
    return [
      ...new Set([
        ...approvable,
        ...caller.managedTeamIds,
        ...(await this.leave.teamsWithoutApprover(today())),
      ]),
    ];
  }

  private async visible(caller: Caller, id: string): Promise<LeaveRecord> {
    const record = await this.leave.find(id);
    if (!record) throw notFound('Leave request', id);
    const deputyTeams =
      record.employeeId === caller.id || canSeeTeam(caller, record.teamId)
        ? []
        : await this.approvableTeams(caller);
    if (
      record.employeeId !== caller.id &&
      !canSeeTeam(caller, record.teamId) &&
      !deputyTeams.includes(record.teamId)
    ) {
      throw notFound('Leave request', id);
    }
    return record;
  }

  private fullView(caller: Caller, record: LeaveRecord, approvable: string[] = []): boolean {
    return (
      record.employeeId === caller.id ||
      canManageTeam(caller, record.teamId) ||
      mayDecide(approvable, record.teamId)
    );
  }

  /** Colleagues see who is away and the handover note; the type, reasons and days stay private. */
  private present(caller: Caller, l: LeaveRecord, approvable: string[] = []): LeaveRequestResponse {
    const full = this.fullView(caller, l, approvable);
    return {
      id: l.id,
      employeeId: l.employeeId,
      teamId: l.teamId,
      leaveTypeId: full ? l.leaveTypeId : null,
      startDate: l.startDate,
      endDate: l.endDate,
      halfDay: l.halfDay,
      status: l.status,
      days: full ? l.days : null,
      reason: full ? l.reason : null,
      handoverNote: l.handoverNote,
      requestedBy: full ? l.requestedBy : null,
      decidedBy: full ? l.decidedBy : null,
      decidedAt: full && l.decidedAt ? new Date(l.decidedAt).toISOString() : null,
      decisionComment: full ? l.decisionComment : null,
      overrideReason: full ? l.overrideReason : null,
      createdAt: new Date(l.createdAt).toISOString(),
      version: l.version,
    };
  }
}

function mayDecide(approvable: string[], teamId: string): boolean {
  return approvable.includes('*') || approvable.includes(teamId);
}

function today(): string {
  return instantToLocal(new Date(), 'UTC').date;
}

function toDraft(employeeId: string, dto: LeaveDraftDto): LeaveDraft {
  return {
    employeeId,
    leaveTypeId: dto.leaveTypeId,
    startDate: dto.startDate,
    endDate: dto.endDate,
    halfDay: dto.halfDay ?? null,
  };
}

function hashOf(body: object): string {
  const sorted = Object.fromEntries(
    Object.entries(body)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
  return createHash('sha256').update(JSON.stringify(sorted)).digest('hex');
}
