import { Injectable } from '@nestjs/common';
import { DomainError, type FieldError, instantToLocal } from '@planner/domain';
import {
  assertManageTeam,
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
import { AuthRepository } from '../auth/auth.repository.js';
import { CalendarFeedRepository } from '../calendar-feeds/calendar-feed.repository.js';
import { hashPassword } from '../auth/password.js';
import { ShiftTypeRepository } from '../shift-types/shift-type.repository.js';
import { foreignShiftTypes } from '../shift-types/shift-type.service.js';
import { SkillService } from '../skills/skill.service.js';
import { TeamRepository } from '../teams/team.repository.js';
import { versionConflict } from '../teams/team.service.js';
import {
  type ContractDto,
  type CreateEmployeeDto,
  type EmployeeResponse,
  type ListEmployeesQuery,
  SELF_SERVICE_FIELDS,
  type UpdateEmployeeDto,
} from './dto/employee.dto.js';
import { toEmployeeResponse } from './employee.mapper.js';
import { type EmployeeRecord, EmployeeRepository } from './employee.repository.js';

@Injectable()
export class EmployeeService {
  constructor(
    private readonly employees: EmployeeRepository,
    private readonly teams: TeamRepository,
    private readonly skills: SkillService,
    private readonly shiftTypes: ShiftTypeRepository,
    private readonly auth: AuthRepository,
    private readonly feeds: CalendarFeedRepository,
    private readonly audit: AuditRepository,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async list(caller: Caller, query: ListEmployeesQuery): Promise<Page<EmployeeResponse>> {
    if (query.teamId && !canSeeTeam(caller, query.teamId)) throw notFound('Team', query.teamId);
    const page = await this.employees.list(
      {
        teamIds: visibleTeamIds(caller),
        teamId: query.teamId,
        skill: query.skill,
        active: query.active === 'all' ? undefined : (query.active ?? true),
        role: query.role,
        q: query.q,
      },
      pageRequest(query),
    );
    return { ...page, items: page.items.map((e) => this.present(caller, e)) };
  }

  async get(caller: Caller, id: string): Promise<EmployeeResponse> {
    return this.present(caller, await this.visible(caller, id));
  }

  async create(caller: Caller, dto: CreateEmployeeDto): Promise<EmployeeResponse> {
    assertManageTeam(caller, dto.teamId);
    const role = dto.role ?? 'employee';
    if (role !== 'employee' && caller.role !== 'admin') {
      throw forbidden('Only an admin may create managers and admins.');
    }
    const team = await this.teams.find(dto.teamId);
    if (!team) throw notFound('Team', dto.teamId);
    await this.checkSkills(dto.skillIds ?? [], dto.backupSkillIds ?? []);
    await this.checkContract(dto.teamId, dto.contract ?? {}, null);
    const { maxShiftsPerType, ...contract } = dto.contract ?? {};
    const passwordHash = dto.password ? await hashPassword(dto.password) : null;
    const id = await this.unitOfWork.run(async (tx) => {
      const employeeId = await this.employees.insert(tx, {
        teamId: dto.teamId,
        name: dto.name.trim(),
        email: dto.email.trim(),
        homeTimeZone: dto.homeTimeZone ?? team.timeZone,
        role,
        passwordHash,
        ...contract,
        ...dto.leave,
      });
      await this.employees.setSkills(tx, employeeId, dto.skillIds ?? [], dto.backupSkillIds ?? []);
      if (maxShiftsPerType) await this.employees.setShiftLimits(tx, employeeId, maxShiftsPerType);
      await this.record(tx, caller, 'employee.created', employeeId, null);
      return employeeId;
    });
    return this.get(caller, id);
  }

  async update(caller: Caller, id: string, dto: UpdateEmployeeDto): Promise<EmployeeResponse> {
    const before = await this.visible(caller, id);
    const isSelf = caller.id === id;
    if (!canManageTeam(caller, before.teamId)) {
      if (!isSelf)
        throw forbidden("Only the employee's manager or an admin may change this profile.");
      const other = Object.keys(dto).filter(
        (key) => !(SELF_SERVICE_FIELDS as readonly string[]).includes(key),
      );
      if (other.length > 0) {
        throw new DomainError(
          'FORBIDDEN_FIELDS',
          `You may change only your name and home time zone.`,
          {
            errors: other.map((field) => ({
              field,
              reason: 'only a manager or an admin may change it',
            })),
          },
        );
      }
    }
    if (before.role === 'admin' && caller.role !== 'admin' && !isSelf) {
      throw forbidden('Only an admin may change an admin.');
    }
    if (dto.teamId && dto.teamId !== before.teamId) assertManageTeam(caller, dto.teamId);
    if (dto.role && dto.role !== before.role && caller.role !== 'admin') {
      throw new DomainError('FORBIDDEN_FIELDS', 'Only an admin may change roles.', {
        errors: [{ field: 'role', reason: 'only an admin may change it' }],
      });
    }
    if (dto.active === false && isSelf) {
      throw DomainError.validation([{ field: 'active', reason: 'you cannot deactivate yourself' }]);
    }
    if (dto.skillIds || dto.backupSkillIds)
      await this.checkSkills(dto.skillIds ?? [], dto.backupSkillIds ?? []);
    if (dto.contract) await this.checkContract(dto.teamId ?? before.teamId, dto.contract, before);
    const passwordHash = dto.password ? await hashPassword(dto.password) : undefined;

    await this.unitOfWork.run(async (tx) => {
      const {
        version,
        skillIds,
        backupSkillIds,
        contract: { maxShiftsPerType, ...contract } = {},
        leave,
        password: _password,
        ...fields
      } = dto;
      const changed = await this.employees.update(
        tx,
        id,
        {
          ...fields,
          ...(fields.name ? { name: fields.name.trim() } : {}),
          ...(fields.email ? { email: fields.email.trim() } : {}),
          ...contract,
          ...leave,
          ...(passwordHash ? { passwordHash } : {}),
        },
        version,
      );
      if (!changed) throw versionConflict(before);
      if (maxShiftsPerType) await this.employees.setShiftLimits(tx, id, maxShiftsPerType);
      else if (dto.teamId && dto.teamId !== before.teamId)
        await this.employees.dropForeignShiftLimits(tx, id, dto.teamId);
      if (skillIds || backupSkillIds) {
        const current = (kind: boolean) =>
          before.skills.filter((s) => s.backup === kind).map((s) => s.id);
        await this.employees.setSkills(
          tx,
          id,
          skillIds ?? current(false),
          backupSkillIds ?? current(true),
        );
      }
      if (dto.role === 'employee' && before.role !== 'employee')
        await this.employees.clearManagedTeams(tx, id);
      // Leaving (deactivation or another team) ends rotation memberships from today on.
      if ((dto.active === false && before.active) || (dto.teamId && dto.teamId !== before.teamId)) {
        const team = await this.teams.find(before.teamId, tx);
        const today = instantToLocal(new Date(), team?.timeZone ?? 'UTC').date;
        await this.employees.endRotationMemberships(tx, id, today);
      }
      // Losing access must take effect at once: deactivation, a new password, a new role.
      if (dto.active === false || passwordHash || (dto.role && dto.role !== before.role)) {
        await this.auth.revokeAllSessions(id, tx);
      }
      if (dto.active === false) await this.feeds.revokeAllOf(id, tx);
      const action =
        dto.active === false
          ? 'employee.deactivated'
          : dto.active === true && !before.active
            ? 'employee.reactivated'
            : 'employee.updated';
      await this.record(tx, caller, action, id, before);
    });
    return this.get(caller, id);
  }

  /** Deactivation, not deletion: shifts, leave and the audit trail keep pointing at the person. */
  deactivate(caller: Caller, id: string): Promise<EmployeeResponse> {
    return this.update(caller, id, { active: false });
  }

  private async visible(caller: Caller, id: string): Promise<EmployeeRecord> {
    const employee = await this.employees.find(id);
    if (!employee || (!canSeeTeam(caller, employee.teamId) && employee.id !== caller.id)) {
      throw notFound('Employee', id);
    }
    return employee;
  }

  private present(caller: Caller, employee: EmployeeRecord): EmployeeResponse {
    return toEmployeeResponse(
      employee,
      caller.id === employee.id || canManageTeam(caller, employee.teamId),
    );
  }

  private async checkSkills(skillIds: string[], backupSkillIds: string[]): Promise<void> {
    const errors: FieldError[] = [
      ...(await this.skills.unknownSkills(skillIds, 'skillIds')),
      ...(await this.skills.unknownSkills(backupSkillIds, 'backupSkillIds')),
    ];
    if (errors.length > 0) throw DomainError.validation(errors);
  }

  /**
   * Rules across contract fields: a minimum run no longer than the maximum, and per-type limits
   * on distinct shift types of the person's team.
   */
  private async checkContract(
    teamId: string,
    contract: ContractDto,
    before: EmployeeRecord | null,
  ): Promise<void> {
    const errors: FieldError[] = [];
    const min = contract.minConsecutiveDays ?? before?.minConsecutiveDays ?? 1;
    const max = contract.maxConsecutiveDays ?? before?.maxConsecutiveDays ?? 6;
    if (min > max) {
      const which =
        contract.minConsecutiveDays !== undefined ? 'minConsecutiveDays' : 'maxConsecutiveDays';
      errors.push({
        field: `contract.${which}`,
        reason: `the minimum run of working days (${min}) exceeds the maximum (${max})`,
      });
    }
    const limits = contract.maxShiftsPerType ?? [];
    const field = (i: number) => `contract.maxShiftsPerType.${i}.shiftTypeId`;
    const foreign = new Map(
      (
        await foreignShiftTypes(
          this.shiftTypes,
          teamId,
          limits.map((l) => l.shiftTypeId),
          field,
        )
      ).map((f) => [f.field, f]),
    );
    limits.forEach((l, i) => {
      const notOurs = foreign.get(field(i));
      if (notOurs) errors.push(notOurs);
      else if (limits.findIndex((o) => o.shiftTypeId === l.shiftTypeId) < i)
        errors.push({ field: field(i), reason: 'this shift type is listed twice' });
    });
    if (errors.length > 0) throw DomainError.validation(errors);
  }

  private async record(
    tx: Tx,
    caller: Caller,
    action: string,
    id: string,
    before: EmployeeRecord | null,
  ) {
    const after = await this.employees.find(id, tx);
    await this.audit.append(tx, {
      actorId: caller.id,
      teamId: after?.teamId ?? before?.teamId ?? null,
      action,
      entity: 'employee',
      entityId: id,
      before: before && toEmployeeResponse(before, true),
      after: after && toEmployeeResponse(after, true),
    });
  }
}
