import { Injectable } from '@nestjs/common';
import { DomainError, type FieldError } from '@planner/domain';
import {
  assertManageTeam,
  canSeeTeam,
  notFound,
  visibleTeamIds,
} from '../../common/auth/access.js';
import type { Caller } from '../../common/auth/caller.js';
import { type Page, pageRequest } from '../../common/http/pagination.js';
import type { Tx } from '../../database/data-source.js';
import { UnitOfWork } from '../../database/unit-of-work.js';
import { AuditRepository } from '../audit/audit.repository.js';
import { SkillService } from '../skills/skill.service.js';
import { TeamRepository } from '../teams/team.repository.js';
import { versionConflict } from '../teams/team.service.js';
import type {
  CreateShiftTypeDto,
  ListShiftTypesQuery,
  ShiftTypeResponse,
  UpdateShiftTypeDto,
} from './dto/shift-type.dto.js';
import { toShiftTypeResponse } from './shift-type.mapper.js';
import { type ShiftTypeRecord, ShiftTypeRepository } from './shift-type.repository.js';

@Injectable()
export class ShiftTypeService {
  constructor(
    private readonly shiftTypes: ShiftTypeRepository,
    private readonly teams: TeamRepository,
    private readonly skills: SkillService,
    private readonly audit: AuditRepository,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async list(caller: Caller, query: ListShiftTypesQuery): Promise<Page<ShiftTypeResponse>> {
    if (query.teamId && !canSeeTeam(caller, query.teamId)) throw notFound('Team', query.teamId);
    const page = await this.shiftTypes.list(
      { teamIds: visibleTeamIds(caller), teamId: query.teamId },
      pageRequest(query),
    );
    return { ...page, items: page.items.map(toShiftTypeResponse) };
  }

  async get(caller: Caller, id: string): Promise<ShiftTypeResponse> {
    return toShiftTypeResponse(await this.visible(caller, id));
  }

  async create(caller: Caller, dto: CreateShiftTypeDto): Promise<ShiftTypeResponse> {
    assertManageTeam(caller, dto.teamId);
    if (!(await this.teams.find(dto.teamId))) throw notFound('Team', dto.teamId);
    await this.checkSkills(dto.requiredSkillIds ?? []);
    await this.checkSequences(dto.teamId, dto.cannotBeFollowedBy ?? [], null);
    const id = await this.unitOfWork.run(async (tx) => {
      const { requiredSkillIds, cannotBeFollowedBy, ...fields } = dto;
      const shiftTypeId = await this.shiftTypes.insert(tx, {
        ...fields,
        name: fields.name.trim(),
        colour: fields.colour.toLowerCase(),
      });
      await this.shiftTypes.setSkills(tx, shiftTypeId, requiredSkillIds ?? []);
      await this.shiftTypes.setCannotBeFollowedBy(tx, shiftTypeId, cannotBeFollowedBy ?? []);
      await this.record(tx, caller, 'shift-type.created', shiftTypeId, null);
      return shiftTypeId;
    });
    return this.get(caller, id);
  }

  async update(caller: Caller, id: string, dto: UpdateShiftTypeDto): Promise<ShiftTypeResponse> {
    const before = await this.visible(caller, id);
    assertManageTeam(caller, before.teamId, 'Shift type', id);
    if (dto.requiredSkillIds) await this.checkSkills(dto.requiredSkillIds);
    if (dto.cannotBeFollowedBy)
      await this.checkSequences(before.teamId, dto.cannotBeFollowedBy, id);
    await this.unitOfWork.run(async (tx) => {
      const { requiredSkillIds, cannotBeFollowedBy, version, ...fields } = dto;
      const changed = await this.shiftTypes.update(
        tx,
        id,
        {
          ...fields,
          ...(fields.name ? { name: fields.name.trim() } : {}),
          ...(fields.colour ? { colour: fields.colour.toLowerCase() } : {}),
        },
        version,
      );
      if (!changed) throw versionConflict(before);
      if (requiredSkillIds) await this.shiftTypes.setSkills(tx, id, requiredSkillIds);
      if (cannotBeFollowedBy)
        await this.shiftTypes.setCannotBeFollowedBy(tx, id, cannotBeFollowedBy);
      await this.record(tx, caller, 'shift-type.updated', id, before);
    });
    return this.get(caller, id);
  }

  async remove(caller: Caller, id: string): Promise<void> {
    const before = await this.visible(caller, id);
    assertManageTeam(caller, before.teamId, 'Shift type', id);
    await this.unitOfWork.run(async (tx) => {
      const rotations = await this.shiftTypes.rotationsUsing(id, tx);
      if (rotations.length > 0) {
        throw new DomainError(
          'IN_USE',
          `The shift type is part of the rotation(s) ${rotations.join(', ')}; change them first.`,
          { rotations },
        );
      }
      await this.shiftTypes.delete(tx, id);
      await this.audit.append(tx, {
        actorId: caller.id,
        teamId: before.teamId,
        action: 'shift-type.deleted',
        entity: 'shift-type',
        entityId: id,
        before: toShiftTypeResponse(before),
      });
    });
  }

  private async visible(caller: Caller, id: string): Promise<ShiftTypeRecord> {
    const found = await this.shiftTypes.find(id);
    if (!found || !canSeeTeam(caller, found.teamId)) throw notFound('Shift type', id);
    return found;
  }

  private async checkSkills(ids: string[]): Promise<void> {
    const errors = await this.skills.unknownSkills(ids, 'requiredSkillIds');
    if (errors.length > 0) throw DomainError.validation(errors);
  }

  /** Every shift type named must belong to the same team (the shift type itself may be named). */
  private async checkSequences(teamId: string, ids: string[], self: string | null): Promise<void> {
    const errors = await foreignShiftTypes(
      this.shiftTypes,
      teamId,
      ids,
      (i) => `cannotBeFollowedBy.${i}`,
      self,
    );
    if (errors.length > 0) throw DomainError.validation(errors);
  }

  private async record(
    tx: Tx,
    caller: Caller,
    action: string,
    id: string,
    before: ShiftTypeRecord | null,
  ) {
    const after = await this.shiftTypes.find(id, tx);
    await this.audit.append(tx, {
      actorId: caller.id,
      teamId: after?.teamId ?? before?.teamId ?? null,
      action,
      entity: 'shift-type',
      entityId: id,
      before: before && toShiftTypeResponse(before),
      after: after && toShiftTypeResponse(after),
    });
  }
}

/**
 * A field error for each of `ids` that is not a shift type of the team (`field(i)` names the
 * field of the i-th id; `self`, a shift type being edited, may name itself).
 */
export async function foreignShiftTypes(
  repository: ShiftTypeRepository,
  teamId: string,
  ids: string[],
  field: (i: number) => string,
  self: string | null = null,
): Promise<FieldError[]> {
  const foreign = new Set(
    await repository.notInTeam(
      teamId,
      ids.filter((id) => id !== self),
    ),
  );
  return ids.flatMap((id, i) =>
    foreign.has(id) ? [{ field: field(i), reason: `${id} is not a shift type of this team` }] : [],
  );
}
