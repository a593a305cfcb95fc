import { Injectable } from '@nestjs/common';
import { DomainError, type FieldError, recurrenceProblems } from '@planner/domain';
import { assertAdmin, canManageTeam, canSeeTeam, notFound } from '../../common/auth/access.js';
import type { Caller } from '../../common/auth/caller.js';
import { UnitOfWork } from '../../database/unit-of-work.js';
import { AuditRepository } from '../audit/audit.repository.js';
import { EmployeeRepository } from '../employees/employee.repository.js';
import { AvailabilityRepository } from './availability.repository.js';
import type { AvailabilityResponse, SetAvailabilityDto } from './dto/availability.dto.js';

/**
 * Availability (hard) and preferences (soft) are the employee's own statement: they set them,
 * their managers read them, and the solver honours them.
 */
@Injectable()
export class AvailabilityService {
  constructor(
    private readonly availability: AvailabilityRepository,
    private readonly employees: EmployeeRepository,
    private readonly audit: AuditRepository,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async get(caller: Caller, employeeId: string): Promise<AvailabilityResponse> {
    await this.reader(caller, employeeId);
    return (await this.availability.find(employeeId))!;
  }

  async set(
    caller: Caller,
    employeeId: string,
    dto: SetAvailabilityDto,
  ): Promise<AvailabilityResponse> {
    const employee = await this.reader(caller, employeeId);
    if (employeeId !== caller.id)
      assertAdmin(
        caller,
        "change someone else's availability (it is the employee's own statement)",
      );
    const shiftTypes = await this.availability.teamShiftTypes(employee.teamId);
    const errors: FieldError[] = [];
    dto.unavailable.forEach((u, i) => {
      errors.push(...recurrenceProblems(u.recurrence, `unavailable.${i}.recurrence`));
      if (u.validTo && u.validTo < u.validFrom)
        errors.push({ field: `unavailable.${i}.validTo`, reason: 'must not be before validFrom' });
    });
    dto.preferences.forEach((p, i) => {
      if (p.weekday === undefined && p.date === undefined && p.shiftTypeId === undefined) {
        errors.push({
          field: `preferences.${i}`,
          reason: 'needs a weekday, a date or a shift type',
        });
      }
      if (p.weekday !== undefined && p.date !== undefined) {
        errors.push({
          field: `preferences.${i}.date`,
          reason: 'give a weekday or a date, not both',
        });
      }
      if (p.shiftTypeId !== undefined && !shiftTypes.has(p.shiftTypeId)) {
        errors.push({
          field: `preferences.${i}.shiftTypeId`,
          reason: "is not one of the team's shift types",
        });
      }
    });
    if (errors.length > 0) throw DomainError.validation(errors);
    const current = (await this.availability.find(employeeId))!;
    await this.unitOfWork.run(async (tx) => {
      await this.availability.replace(tx, employeeId, {
        worksNights: dto.worksNights ?? current.worksNights,
        maxCoverDutiesPerMonth:
          dto.maxCoverDutiesPerMonth === undefined
            ? current.maxCoverDutiesPerMonth
            : dto.maxCoverDutiesPerMonth,
        unavailable: dto.unavailable.map((u) => ({
          startTime: u.startTime,
          endTime: u.endTime,
          recurrence: u.recurrence.trim(),
          validFrom: u.validFrom,
          validTo: u.validTo ?? null,
          note: u.note?.trim() || null,
        })),
        preferences: dto.preferences.map((p) => ({
          wish: p.wish,
          weekday: p.weekday ?? null,
          date: p.date ?? null,
          shiftTypeId: p.shiftTypeId ?? null,
          weight: p.weight ?? 3,
          note: p.note?.trim() || null,
        })),
      });
      await this.audit.append(tx, {
        actorId: caller.id,
        teamId: employee.teamId,
        action: 'availability.updated',
        entity: 'employee',
        entityId: employeeId,
        before: current,
        after: await this.availability.find(employeeId, tx),
      });
    });
    return (await this.availability.find(employeeId))!;
  }

  /** The person themself, their managers and admins; anyone else gets 404. */
  private async reader(caller: Caller, employeeId: string) {
    const employee = await this.employees.find(employeeId);
    if (
      !employee ||
      (employee.id !== caller.id &&
        !(canSeeTeam(caller, employee.teamId) && canManageTeam(caller, employee.teamId)))
    ) {
      throw notFound('Employee', employeeId);
    }
    return employee;
  }
}
