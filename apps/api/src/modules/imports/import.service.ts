import { Injectable } from '@nestjs/common';
import {
  addDays,
  daysBetween,
  DomainError,
  type IsoWeekday,
  isLocalDate,
  isValidTimeZone,
  leaveCost,
  publicHolidays,
} from '@planner/domain';
import { assertManageTeam, notFound } from '../../common/auth/access.js';
import type { Caller } from '../../common/auth/caller.js';
import { UnitOfWork } from '../../database/unit-of-work.js';
import { AuditRepository } from '../audit/audit.repository.js';
import { LeaveBalanceService } from '../leave/leave-balance.service.js';
import { LeaveRepository } from '../leave/leave.repository.js';
import { TeamRepository } from '../teams/team.repository.js';
import { CsvError, parseCsv } from './csv.js';
import { ImportRepository } from './import.repository.js';
import type { ImportResult, ImportRow } from './import.dto.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const STAFF_COLUMNS = ['name', 'email', 'skills', 'hometimezone', 'weeklyhours', 'annualleavedays'];
const LEAVE_COLUMNS = ['email', 'type', 'startdate', 'enddate', 'halfday'];

/**
 * CSV import for teams coming from spreadsheets. Every row is checked first and reported with
 * its line and field; only a file without errors is written, in one transaction.
 */
@Injectable()
export class ImportService {
  constructor(
    private readonly imports: ImportRepository,
    private readonly teams: TeamRepository,
    private readonly leave: LeaveRepository,
    private readonly balances: LeaveBalanceService,
    private readonly audit: AuditRepository,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async staff(caller: Caller, teamId: string, csv: string, commit: boolean): Promise<ImportResult> {
    assertManageTeam(caller, teamId);
    const team = await this.teams.find(teamId);
    if (!team) throw notFound('Team', teamId);
    const rows = this.read(csv, ['name', 'email'], STAFF_COLUMNS);
    const skills = await this.imports.skillsByCode();
    const emails = rows.map((r) => r.values.email?.toLowerCase() ?? '');
    const taken = await this.imports.existingEmails(emails.filter(Boolean));
    const seen = new Map<string, number>();
    for (const row of rows) {
      const v = row.values;
      const err = (field: string, reason: string) => row.errors.push({ field, reason });
      if (!v.name || v.name.length > 120) err('name', 'is required (at most 120 characters)');
      const email = (v.email ?? '').toLowerCase();
      if (!EMAIL.test(email) || email.length > 254) err('email', 'must be an e-mail address');
      else if (taken.has(email)) err('email', 'belongs to someone already in the planner');
      else if (seen.has(email)) err('email', `is also on line ${seen.get(email)}`);
      else seen.set(email, row.line);
      for (const code of splitList(v.skills))
        if (!skills.has(code)) err('skills', `"${code}" is not a skill code`);
      if (v.hometimezone && !isValidTimeZone(v.hometimezone))
        err('homeTimeZone', 'must be an IANA time zone such as Europe/Warsaw');
      if (v.weeklyhours && !inRange(v.weeklyhours, 0, 100))
        err('weeklyHours', 'must be a number of hours from 0 to 100');
      if (v.annualleavedays && !inRange(v.annualleavedays, 0, 366))
        err('annualLeaveDays', 'must be a number of days from 0 to 366');
    }
    return this.finish(rows, commit, async () =>
      this.unitOfWork.run(async (tx) => {
        for (const row of rows) {
          const v = row.values;
          const id = await this.imports.insertEmployee(tx, {
            teamId,
            name: v.name!,
            email: v.email!,
            homeTimeZone: v.hometimezone || team.timeZone,
            weeklyMinutes: v.weeklyhours ? Math.round(Number(v.weeklyhours) * 60) : null,
            annualLeaveDays: v.annualleavedays ? Number(v.annualleavedays) : null,
            skillIds: splitList(v.skills).map((code) => skills.get(code)!),
          });
          await this.audit.append(tx, {
            actorId: caller.id,
            teamId,
            action: 'employee.imported',
            entity: 'employee',
            entityId: id,
            after: { ...v, line: row.line },
          });
        }
        return rows.length;
      }),
    );
  }

  async leaveRecords(
    caller: Caller,
    teamId: string,
    csv: string,
    commit: boolean,
  ): Promise<ImportResult> {
    assertManageTeam(caller, teamId);
    if (!(await this.teams.find(teamId))) throw notFound('Team', teamId);
    const rows = this.read(csv, ['email', 'type', 'startdate', 'enddate'], LEAVE_COLUMNS);
    const people = await this.imports.teamEmployeesByEmail(teamId);
    const types = new Map((await this.leave.leaveTypes()).map((t) => [t.code, t]));
    const planned: {
      employeeId: string;
      start: string;
      end: string;
      line: number;
      half: string | null;
    }[] = [];
    for (const row of rows) {
      const v = row.values;
      const err = (field: string, reason: string) => row.errors.push({ field, reason });
      const person = people.get((v.email ?? '').toLowerCase());
      if (!person) err('email', 'is not an active member of this team');
      if (!types.has(v.type ?? ''))
        err('type', `"${v.type}" is not a leave type code (${[...types.keys()].join(', ')})`);
      const startOk = isLocalDate(v.startdate);
      const endOk = isLocalDate(v.enddate);
      if (!startOk) err('startDate', 'must be a real date YYYY-MM-DD');
      if (!endOk) err('endDate', 'must be a real date YYYY-MM-DD');
      const half = v.halfday ? v.halfday.toLowerCase() : null;
      if (half && half !== 'am' && half !== 'pm') err('halfDay', 'must be am, pm or empty');
      if (startOk && endOk) {
        const span = daysBetween(v.startdate!, v.enddate!);
        if (span < 0) err('endDate', 'must not be before startDate');
        else if (span >= 366) err('endDate', 'a leave covers at most 366 days');
        if (half && span !== 0) err('halfDay', 'a half day needs the same start and end date');
      }
      if (person && startOk && endOk && row.errors.length === 0) {
        const clash = planned.find(
          (p) =>
            p.employeeId === person.id &&
            p.start <= v.enddate! &&
            v.startdate! <= p.end &&
            !(p.half && half && p.half !== half),
        );
        if (clash) err('startDate', `overlaps the leave on line ${clash.line}`);
        else if (await this.imports.hasLeave(person.id, v.startdate!, v.enddate!, half))
          err('startDate', 'overlaps leave already in the planner');
        else
          planned.push({
            employeeId: person.id,
            start: v.startdate!,
            end: v.enddate!,
            line: row.line,
            half,
          });
      }
    }
    return this.finish(rows, commit, async () =>
      this.unitOfWork.run(async (tx) => {
        for (const row of rows) {
          const v = row.values;
          const person = people.get(v.email!.toLowerCase())!;
          const type = types.get(v.type!)!;
          const holder = (await this.leave.lockHolder(person.id, tx))!;
          const half = (v.halfday?.toLowerCase() || null) as 'am' | 'pm' | null;
          const years = [Number(v.startdate!.slice(0, 4)), Number(v.enddate!.slice(0, 4))] as const;
          const holidays = new Set(
            publicHolidays(holder.countryCode, holder.regionCode, years[0], years[1]).map(
              (h) => h.date,
            ),
          );
          const cost = leaveCost(
            { from: v.startdate!, to: addDays(v.enddate!, 1), half },
            holder.workingWeekdays as IsoWeekday[],
            holidays,
          );
          const id = await this.leave.insert(tx, {
            employeeId: person.id,
            teamId,
            leaveTypeId: type.id,
            startDate: v.startdate!,
            endDate: v.enddate!,
            halfDay: half,
            status: 'approved',
            days: type.countsAgainstAllowance ? cost.days : 0,
            reason: null,
            handoverNote: null,
            requestedBy: caller.id,
            decidedBy: caller.id,
            overrideReason: null,
          });
          if (type.countsAgainstAllowance) {
            await this.balances.balancesFor(
              holder,
              cost.byYear.map((y) => y.year),
              tx,
            );
            for (const { year, days } of cost.byYear) {
              if (days > 0)
                await this.leave.appendLedger(tx, {
                  employeeId: person.id,
                  year,
                  kind: 'deduction',
                  days: -days,
                  leaveRequestId: id,
                  note: 'imported',
                  createdBy: caller.id,
                });
            }
          }
          await this.audit.append(tx, {
            actorId: caller.id,
            teamId,
            action: 'leave.imported',
            entity: 'leave-request',
            entityId: id,
            after: { ...v, line: row.line },
          });
        }
        return rows.length;
      }),
    );
  }

  private read(csv: string, required: string[], known: string[]): ImportRow[] {
    try {
      const table = parseCsv(csv);
      const missing = required.filter((c) => !table.header.includes(c));
      const unknown = table.header.filter((c) => !known.includes(c));
      if (missing.length > 0 || unknown.length > 0) {
        throw DomainError.validation([
          ...missing.map((c) => ({ field: 'csv', reason: `line 1: the column "${c}" is missing` })),
          ...unknown.map((c) => ({
            field: 'csv',
            reason: `line 1: the column "${c}" is not known (expected ${known.join(', ')})`,
          })),
        ]);
      }
      if (table.rows.length === 0)
        throw DomainError.validation([
          { field: 'csv', reason: 'the file has a header but no rows' },
        ]);
      return table.rows.map((r) => ({ ...r, errors: [] }));
    } catch (error) {
      if (error instanceof CsvError)
        throw DomainError.validation([{ field: 'csv', reason: error.message }]);
      throw error;
    }
  }

  private async finish(
    rows: ImportRow[],
    commit: boolean,
    write: () => Promise<number>,
  ): Promise<ImportResult> {
    const invalid = rows.filter((r) => r.errors.length > 0).length;
    const result: ImportResult = { rows, valid: rows.length - invalid, invalid, committed: false };
    if (!commit) return result;
    if (invalid > 0) {
      throw new DomainError(
        'VALIDATION_FAILED',
        `${invalid} row(s) have errors; nothing was imported.`,
        {
          rows,
          errors: rows.flatMap((r) =>
            r.errors.map((e) => ({ field: `line ${r.line}: ${e.field}`, reason: e.reason })),
          ),
        },
      );
    }
    return { ...result, committed: true, created: await write() };
  }
}

function splitList(value: string | undefined): string[] {
  return (value ?? '')
    .split(/[;|]/)
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
}

function inRange(value: string, min: number, max: number): boolean {
  const n = Number(value.replace(',', '.'));
  return Number.isFinite(n) && n >= min && n <= max;
}
