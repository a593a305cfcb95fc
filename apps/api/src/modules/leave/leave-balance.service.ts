import { Injectable } from '@nestjs/common';
import { carryOverDays, DomainError, instantToLocal, proRataAllowance } from '@planner/domain';
import { assertAdmin, canManageTeam, canSeeTeam, notFound } from '../../common/auth/access.js';
import type { Caller } from '../../common/auth/caller.js';
import type { Tx } from '../../database/data-source.js';
import { UnitOfWork } from '../../database/unit-of-work.js';
import { AuditRepository } from '../audit/audit.repository.js';
import { type LeaveHolder, type LedgerEntry, LeaveRepository } from './leave.repository.js';

export interface BalanceResponse {
  employeeId: string;
  year: number;
  allowance: number;
  carriedOver: number;
  taken: number;
  refunded: number;
  adjustments: number;
  /** The sum of the ledger: what the employee can still take this year. */
  balance: number;
  entries: {
    id: string;
    kind: LedgerEntry['kind'];
    days: number;
    leaveRequestId: string | null;
    note: string | null;
    at: string;
  }[];
}

/**
 * Leave balances live in an append-only ledger: a yearly allowance (pro rata for joiners and
 * leavers), deductions when leave is requested, refunds when it is rejected or cancelled, and
 * capped carry-over at year end. The balance shown is always the ledger's sum.
 */
@Injectable()
export class LeaveBalanceService {
  constructor(
    private readonly leave: LeaveRepository,
    private readonly audit: AuditRepository,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async balance(caller: Caller, employeeId: string, year?: number): Promise<BalanceResponse> {
    const holder = await this.leave.holder(employeeId);
    if (!holder || (employeeId !== caller.id && !canSeeTeam(caller, holder.teamId)))
      throw notFound('Employee', employeeId);
    if (employeeId !== caller.id && !canManageTeam(caller, holder.teamId))
      throw notFound('Employee', employeeId);
    const y = year ?? Number(instantToLocal(new Date(), holder.homeTimeZone).date.slice(0, 4));
    return this.unitOfWork.run(async (tx) => {
      await this.grant(tx, holder, y);
      const entries = await this.leave.ledger(employeeId, y, tx);
      const sum = (kind: LedgerEntry['kind']) =>
        round(entries.filter((e) => e.kind === kind).reduce((a, e) => a + e.days, 0));
      return {
        employeeId,
        year: y,
        allowance: sum('allowance'),
        carriedOver: sum('carry-over'),
        taken: -sum('deduction'),
        refunded: sum('refund'),
        adjustments: sum('adjustment'),
        balance: round(entries.reduce((a, e) => a + e.days, 0)),
        entries: entries.map((e) => ({ ...e, at: new Date(e.at).toISOString() })),
      };
    });
  }

  /** Balances per year (granting allowances first); inside `tx` when deciding under a lock. */
  async balancesFor(holder: LeaveHolder, years: number[], tx?: Tx): Promise<Map<number, number>> {
    const run = async (t: Tx) => {
      const result = new Map<number, number>();
      for (const year of years) {
        await this.grant(t, holder, year);
        result.set(
          year,
          round((await this.leave.ledger(holder.id, year, t)).reduce((a, e) => a + e.days, 0)),
        );
      }
      return result;
    };
    return tx ? run(tx) : this.unitOfWork.run(run);
  }

  /**
   * Year-end carry-over for everyone: the unused balance of `year`, up to each person's cap,
   * opens `year + 1`. Running it again changes nothing (one carry-over row per person and year).
   */
  async carryOver(
    caller: Caller,
    year: number,
  ): Promise<{ year: number; employees: number; carried: number; alreadyDone: number }> {
    assertAdmin(caller, 'run the year-end carry-over');
    const current = Number(instantToLocal(new Date(), 'UTC').date.slice(0, 4));
    if (year >= current + 1) {
      throw DomainError.validation([{ field: 'year', reason: 'the year has not started yet' }]);
    }
    let carried = 0;
    let alreadyDone = 0;
    const ids = await this.leave.employeesOfAllTeams();
    for (const id of ids) {
      await this.unitOfWork.run(async (tx) => {
        const holder = await this.leave.lockHolder(id, tx);
        if (!holder) return;
        await this.grant(tx, holder, year);
        const balance = (await this.leave.ledger(id, year, tx)).reduce((a, e) => a + e.days, 0);
        const days = carryOverDays(round(balance), holder.carryOverCapDays);
        const added = await this.leave.appendLedger(tx, {
          employeeId: id,
          year: year + 1,
          kind: 'carry-over',
          days,
          note: `carried over from ${year}`,
          createdBy: caller.id,
        });
        if (added) carried += days;
        else alreadyDone++;
      });
    }
    await this.unitOfWork.run((tx) =>
      this.audit.append(tx, {
        actorId: caller.id,
        teamId: null,
        action: 'leave.carry-over',
        entity: 'leave-ledger',
        entityId: String(year),
        after: { year, employees: ids.length, carried, alreadyDone },
      }),
    );
    return { year, employees: ids.length, carried: round(carried), alreadyDone };
  }

  private grant(tx: Tx, holder: LeaveHolder, year: number): Promise<void> {
    return this.leave.ensureAllowance(
      tx,
      holder.id,
      year,
      proRataAllowance(holder.annualLeaveDays, year, holder.employmentStart, holder.employmentEnd),
    );
  }
}

function round(days: number): number {
  return Math.round(days * 10) / 10;
}
