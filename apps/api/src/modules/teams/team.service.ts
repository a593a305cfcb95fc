import { Injectable } from '@nestjs/common';
import { DomainError, isValidCountry, isValidRegion, type FieldError } from '@planner/domain';
import {
  assertAdmin,
  assertManageTeam,
  canSeeTeam,
  notFound,
  visibleTeamIds,
} from '../../common/auth/access.js';
import type { Caller } from '../../common/auth/caller.js';
import { type Page, pageRequest } from '../../common/http/pagination.js';
import { UnitOfWork } from '../../database/unit-of-work.js';
import { AuditRepository } from '../audit/audit.repository.js';
import { EmployeeRepository } from '../employees/employee.repository.js';
import type { CreateTeamDto, ListTeamsQuery, TeamResponse, UpdateTeamDto } from './dto/team.dto.js';
import { toTeamResponse } from './team.mapper.js';
import { TeamRepository } from './team.repository.js';

@Injectable()
export class TeamService {
  constructor(
    private readonly teams: TeamRepository,
    private readonly employees: EmployeeRepository,
    private readonly audit: AuditRepository,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async list(caller: Caller, query: ListTeamsQuery): Promise<Page<TeamResponse>> {
    const page = await this.teams.list(
      { teamIds: visibleTeamIds(caller), q: query.q },
      pageRequest(query),
    );
    return { ...page, items: page.items.map(toTeamResponse) };
  }

  async get(caller: Caller, id: string): Promise<TeamResponse> {
    if (!canSeeTeam(caller, id)) throw notFound('Team', id);
    const team = await this.teams.find(id);
    if (!team) throw notFound('Team', id);
    return toTeamResponse(team);
  }

  async create(caller: Caller, dto: CreateTeamDto): Promise<TeamResponse> {
    assertAdmin(caller, 'create teams');
    checkPlace(dto.countryCode, dto.regionCode ?? null);
    const managerIds = dto.managerIds ?? [];
    await this.checkManagers(managerIds);
    const id = await this.unitOfWork.run(async (tx) => {
      const teamId = await this.teams.insert(tx, {
        name: dto.name.trim(),
        timeZone: dto.timeZone,
        countryCode: dto.countryCode,
        regionCode: dto.regionCode ?? null,
      });
      await this.teams.setManagers(tx, teamId, managerIds);
      const created = await this.teams.find(teamId, tx);
      await this.audit.append(tx, {
        actorId: caller.id,
        teamId,
        action: 'team.created',
        entity: 'team',
        entityId: teamId,
        after: created && toTeamResponse(created),
      });
      return teamId;
    });
    return this.get(caller, id);
  }

  async update(caller: Caller, id: string, dto: UpdateTeamDto): Promise<TeamResponse> {
    assertManageTeam(caller, id);
    if (dto.managerIds !== undefined) assertAdmin(caller, "change a team's managers");
    const before = await this.teams.find(id);
    if (!before) throw notFound('Team', id);
    checkPlace(
      dto.countryCode ?? before.countryCode,
      dto.regionCode === undefined ? before.regionCode : dto.regionCode,
    );
    if (dto.managerIds) await this.checkManagers(dto.managerIds);
    await this.unitOfWork.run(async (tx) => {
      const { version, managerIds, ...fields } = dto;
      const changed = await this.teams.update(
        tx,
        id,
        { ...fields, ...(fields.name ? { name: fields.name.trim() } : {}) },
        version,
      );
      if (!changed) throw versionConflict(before);
      if (managerIds) await this.teams.setManagers(tx, id, managerIds);
      const after = await this.teams.find(id, tx);
      await this.audit.append(tx, {
        actorId: caller.id,
        teamId: id,
        action: 'team.updated',
        entity: 'team',
        entityId: id,
        before: toTeamResponse(before),
        after: after && toTeamResponse(after),
      });
    });
    return this.get(caller, id);
  }

  async remove(caller: Caller, id: string): Promise<void> {
    if (!canSeeTeam(caller, id)) throw notFound('Team', id);
    assertAdmin(caller, 'delete teams');
    await this.unitOfWork.run(async (tx) => {
      const before = await this.teams.find(id, tx);
      if (!before) throw notFound('Team', id);
      const dependants = await this.teams.dependants(id, tx);
      if (dependants.employees > 0 || dependants.shiftTypes > 0) {
        throw new DomainError(
          'IN_USE',
          `The team still has ${dependants.employees} employee(s) and ${dependants.shiftTypes} shift type(s); move or remove them first.`,
          dependants,
        );
      }
      await this.teams.delete(tx, id);
      await this.audit.append(tx, {
        actorId: caller.id,
        teamId: id,
        action: 'team.deleted',
        entity: 'team',
        entityId: id,
        before: toTeamResponse(before),
      });
    });
  }

  private async checkManagers(ids: string[]): Promise<void> {
    const found = await this.employees.rolesOf(ids);
    const errors: FieldError[] = [];
    ids.forEach((id, index) => {
      const role = found.get(id);
      if (!role)
        errors.push({ field: `managerIds.${index}`, reason: `employee ${id} does not exist` });
      else if (role === 'employee') {
        errors.push({
          field: `managerIds.${index}`,
          reason: `employee ${id} does not have the manager role`,
        });
      }
    });
    if (errors.length > 0) throw DomainError.validation(errors);
  }
}

function checkPlace(countryCode: string, regionCode: string | null): void {
  if (!isValidCountry(countryCode)) {
    throw DomainError.validation([
      {
        field: 'countryCode',
        reason: `${countryCode} is not a country with a public-holiday calendar`,
      },
    ]);
  }
  if (regionCode !== null && !isValidRegion(countryCode, regionCode)) {
    throw DomainError.validation([
      { field: 'regionCode', reason: `${regionCode} is not a region of ${countryCode}` },
    ]);
  }
}

export function versionConflict(current: { version: number }): DomainError {
  return new DomainError(
    'VERSION_CONFLICT',
    'Someone else changed this in the meantime; reload and try again.',
    {
      currentVersion: current.version,
    },
  );
}
