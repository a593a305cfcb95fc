import { Injectable } from '@nestjs/common';
import { daysBetween, DomainError } from '@planner/domain';
import {
  assertAdmin,
  assertManageTeam,
  canSeeTeam,
  forbidden,
  notFound,
  visibleTeamIds,
} from '../../common/auth/access.js';
import type { Caller } from '../../common/auth/caller.js';
import { UnitOfWork } from '../../database/unit-of-work.js';
import { AuditRepository } from '../audit/audit.repository.js';
import { EmployeeRepository } from '../employees/employee.repository.js';
import type {
  CreateBlackoutDto,
  CreateDelegationDto,
  CreateLeaveTypeDto,
  LeaveTypeResponse,
  UpdateLeaveTypeDto,
} from './dto/leave.dto.js';
import { LeaveRepository } from './leave.repository.js';

/** Leave types, blackout periods and approval deputies. */
@Injectable()
export class LeaveSetupService {
  constructor(
    private readonly leave: LeaveRepository,
    private readonly employees: EmployeeRepository,
    private readonly audit: AuditRepository,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async leaveTypes(): Promise<{ items: LeaveTypeResponse[] }> {
    return { items: await this.leave.leaveTypes() };
  }

  async createLeaveType(caller: Caller, dto: CreateLeaveTypeDto): Promise<LeaveTypeResponse> {
    assertAdmin(caller, 'create leave types');
    const type = {
      code: dto.code,
      name: dto.name.trim(),
      countsAgainstAllowance: dto.countsAgainstAllowance ?? false,
      requiresApproval: dto.requiresApproval ?? true,
      colour: (dto.colour ?? '#888888').toLowerCase(),
    };
    const id = await this.unitOfWork.run(async (tx) => {
      const created = await this.leave.insertLeaveType(tx, type);
      await this.audit.append(tx, {
        actorId: caller.id,
        teamId: null,
        action: 'leave-type.created',
        entity: 'leave-type',
        entityId: created,
        after: type,
      });
      return created;
    });
    return { id, ...type };
  }

  /** Changes apply to new requests; days already charged stay as they were. */
  async updateLeaveType(
    caller: Caller,
    id: string,
    dto: UpdateLeaveTypeDto,
  ): Promise<LeaveTypeResponse> {
    assertAdmin(caller, 'change leave types');
    const before = await this.leave.leaveType(id);
    if (!before) throw notFound('Leave type', id);
    const changes = {
      ...dto,
      ...(dto.name ? { name: dto.name.trim() } : {}),
      ...(dto.colour ? { colour: dto.colour.toLowerCase() } : {}),
    };
    await this.unitOfWork.run(async (tx) => {
      await this.leave.updateLeaveType(tx, id, changes);
      await this.audit.append(tx, {
        actorId: caller.id,
        teamId: null,
        action: 'leave-type.updated',
        entity: 'leave-type',
        entityId: id,
        before,
        after: { ...before, ...changes },
      });
    });
    return (await this.leave.leaveType(id))!;
  }

  async blackouts(caller: Caller, teamId?: string) {
    if (teamId && !canSeeTeam(caller, teamId)) throw notFound('Team', teamId);
    return { items: await this.leave.listBlackouts(visibleTeamIds(caller), teamId) };
  }

  async createBlackout(caller: Caller, dto: CreateBlackoutDto) {
    assertManageTeam(caller, dto.teamId);
    const span = daysBetween(dto.startDate, dto.endDate);
    if (span < 0)
      throw DomainError.validation([{ field: 'endDate', reason: 'must not be before startDate' }]);
    if (span > 366)
      throw DomainError.validation([
        { field: 'endDate', reason: 'a blackout spans at most a year' },
      ]);
    for (const [i, id] of (dto.leaveTypeIds ?? []).entries()) {
      if (!(await this.leave.leaveType(id)))
        throw DomainError.validation([
          { field: `leaveTypeIds.${i}`, reason: 'is not a leave type' },
        ]);
    }
    const blackout = {
      teamId: dto.teamId,
      name: dto.name.trim(),
      startDate: dto.startDate,
      endDate: dto.endDate,
      leaveTypeIds: dto.leaveTypeIds ?? null,
    };
    const id = await this.unitOfWork.run(async (tx) => {
      const created = await this.leave.insertBlackout(tx, blackout);
      await this.audit.append(tx, {
        actorId: caller.id,
        teamId: dto.teamId,
        action: 'leave-blackout.created',
        entity: 'leave-blackout',
        entityId: created,
        after: blackout,
      });
      return created;
    });
    return { id, ...blackout };
  }

  async deleteBlackout(caller: Caller, id: string): Promise<void> {
    const teamId = await this.leave.blackoutTeam(id);
    if (!teamId || !canSeeTeam(caller, teamId)) throw notFound('Blackout', id);
    assertManageTeam(caller, teamId, 'Blackout', id);
    await this.unitOfWork.run(async (tx) => {
      await this.leave.deleteBlackout(tx, id);
      await this.audit.append(tx, {
        actorId: caller.id,
        teamId,
        action: 'leave-blackout.deleted',
        entity: 'leave-blackout',
        entityId: id,
      });
    });
  }

  async skillLimits(caller: Caller, teamId: string) {
    if (!canSeeTeam(caller, teamId)) throw notFound('Team', teamId);
    return { teamId, limits: await this.leave.skillLimits(teamId) };
  }

  /** Replaces the team's per-skill limits of people away at once. */
  async setSkillLimits(
    caller: Caller,
    teamId: string,
    limits: { skillId: string; maxPeopleOff: number }[],
  ) {
    assertManageTeam(caller, teamId);
    const seen = new Set<string>();
    limits.forEach((l, i) => {
      if (seen.has(l.skillId))
        throw DomainError.validation([{ field: `limits.${i}.skillId`, reason: 'is listed twice' }]);
      seen.add(l.skillId);
    });
    await this.unitOfWork.run(async (tx) => {
      await this.leave.setSkillLimits(tx, teamId, limits);
      await this.audit.append(tx, {
        actorId: caller.id,
        teamId,
        action: 'leave-skill-limits.set',
        entity: 'team',
        entityId: teamId,
        after: limits,
      });
    });
    return this.skillLimits(caller, teamId);
  }

  async delegations(caller: Caller) {
    return {
      items: await this.leave.delegations(caller.role === 'admin' ? null : caller.id, caller.id),
    };
  }

  /** A manager who will be away names a deputy who decides their teams' leave meanwhile. */
  async createDelegation(caller: Caller, dto: CreateDelegationDto) {
    const managerId = dto.managerId ?? caller.id;
    if (managerId !== caller.id) assertAdmin(caller, 'name a deputy for someone else');
    const roles = await this.employees.rolesOf([managerId, dto.deputyId]);
    if (roles.get(managerId) !== 'manager' && roles.get(managerId) !== 'admin') {
      throw DomainError.validation([{ field: 'managerId', reason: 'is not an active manager' }]);
    }
    if (!roles.has(dto.deputyId))
      throw DomainError.validation([{ field: 'deputyId', reason: 'is not an active employee' }]);
    if (dto.deputyId === managerId)
      throw DomainError.validation([{ field: 'deputyId', reason: 'must be someone else' }]);
    if (daysBetween(dto.startDate, dto.endDate) < 0)
      throw DomainError.validation([{ field: 'endDate', reason: 'must not be before startDate' }]);
    const delegation = {
      managerId,
      deputyId: dto.deputyId,
      startDate: dto.startDate,
      endDate: dto.endDate,
    };
    const id = await this.unitOfWork.run(async (tx) => {
      const created = await this.leave.insertDelegation(tx, delegation);
      await this.audit.append(tx, {
        actorId: caller.id,
        teamId: null,
        action: 'approval-delegation.created',
        entity: 'approval-delegation',
        entityId: created,
        after: delegation,
      });
      return created;
    });
    return { id, ...delegation };
  }

  async deleteDelegation(caller: Caller, id: string): Promise<void> {
    if (caller.role === 'employee') throw forbidden('Only managers name deputies.');
    await this.unitOfWork.run(async (tx) => {
      if (!(await this.leave.deleteDelegation(tx, id, caller.role === 'admin' ? null : caller.id)))
        throw notFound('Delegation', id);
      await this.audit.append(tx, {
        actorId: caller.id,
        teamId: null,
        action: 'approval-delegation.deleted',
        entity: 'approval-delegation',
        entityId: id,
      });
    });
  }
}
