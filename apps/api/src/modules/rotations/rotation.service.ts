import { Injectable } from '@nestjs/common';
import { DomainError, type FieldError, rotationProblems, type RotationDef } from '@planner/domain';
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
import { ShiftTypeRepository } from '../shift-types/shift-type.repository.js';
import { TeamRepository } from '../teams/team.repository.js';
import { versionConflict } from '../teams/team.service.js';
import type {
  CreateRotationDto,
  JoinRotationDto,
  ListRotationsQuery,
  RotationMemberResponse,
  RotationResponse,
  UpdateRotationDto,
} from './dto/rotation.dto.js';
import { RotationRepository } from './rotation.repository.js';

@Injectable()
export class RotationService {
  constructor(
    private readonly rotations: RotationRepository,
    private readonly teams: TeamRepository,
    private readonly shiftTypes: ShiftTypeRepository,
    private readonly audit: AuditRepository,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async list(caller: Caller, query: ListRotationsQuery): Promise<Page<RotationResponse>> {
    if (query.teamId && !canSeeTeam(caller, query.teamId)) throw notFound('Team', query.teamId);
    return this.rotations.list(
      { teamIds: visibleTeamIds(caller), teamId: query.teamId },
      pageRequest(query),
    );
  }

  async get(caller: Caller, id: string): Promise<RotationResponse> {
    return this.visible(caller, id);
  }

  async create(caller: Caller, dto: CreateRotationDto): Promise<RotationResponse> {
    assertManageTeam(caller, dto.teamId);
    const members: RotationMemberResponse[] = (dto.members ?? []).map((m, i) => ({
      id: `new-${i}`,
      employeeId: m.employeeId,
      offsetDays: m.offsetDays ?? 0,
      from: m.from,
      to: m.to ?? null,
    }));
    await this.check(dto.teamId, { anchorDate: dto.anchorDate, pattern: dto.pattern, members });
    const id = await this.unitOfWork.run(async (tx) => {
      const rotationId = await this.rotations.insert(tx, {
        teamId: dto.teamId,
        name: dto.name.trim(),
        anchorDate: dto.anchorDate,
        pattern: dto.pattern,
      });
      for (const m of members) await this.rotations.addMember(tx, rotationId, m);
      await this.record(tx, caller, 'rotation.created', rotationId, null);
      return rotationId;
    });
    return this.get(caller, id);
  }

  async update(caller: Caller, id: string, dto: UpdateRotationDto): Promise<RotationResponse> {
    const before = await this.visible(caller, id);
    assertManageTeam(caller, before.teamId, 'Rotation', id);
    await this.check(before.teamId, {
      anchorDate: dto.anchorDate ?? before.anchorDate,
      pattern: dto.pattern ?? before.pattern,
      members: before.members,
    });
    await this.unitOfWork.run(async (tx) => {
      const changed = await this.rotations.update(
        tx,
        id,
        { name: dto.name?.trim(), anchorDate: dto.anchorDate, pattern: dto.pattern },
        dto.version,
      );
      if (!changed) throw versionConflict(before);
      await this.record(tx, caller, 'rotation.updated', id, before);
    });
    return this.get(caller, id);
  }

  async remove(caller: Caller, id: string): Promise<void> {
    const before = await this.visible(caller, id);
    assertManageTeam(caller, before.teamId, 'Rotation', id);
    await this.unitOfWork.run(async (tx) => {
      await this.rotations.delete(tx, id);
      await this.record(tx, caller, 'rotation.deleted', id, before);
    });
  }

  /** Someone joins from a date; earlier days are untouched. */
  async join(caller: Caller, id: string, dto: JoinRotationDto): Promise<RotationResponse> {
    const before = await this.visible(caller, id);
    assertManageTeam(caller, before.teamId, 'Rotation', id);
    const member = {
      id: 'new',
      employeeId: dto.employeeId,
      offsetDays: dto.offsetDays ?? 0,
      from: dto.from,
      to: dto.to ?? null,
    };
    await this.check(
      before.teamId,
      { ...before, members: [...before.members, member] },
      before.members.length,
    );
    await this.unitOfWork.run(async (tx) => {
      await this.rotations.addMember(tx, id, member);
      await this.record(tx, caller, 'rotation.member-joined', id, before);
    });
    return this.get(caller, id);
  }

  /** A member leaves on `date` (the first day off the rotation); their past shifts stay. */
  async leave(
    caller: Caller,
    id: string,
    memberId: string,
    date: string,
  ): Promise<RotationResponse> {
    const before = await this.visible(caller, id);
    assertManageTeam(caller, before.teamId, 'Rotation', id);
    const member = before.members.find((m) => m.id === memberId);
    if (!member) throw notFound('Rotation member', memberId);
    if (date <= member.from) {
      throw DomainError.validation([
        {
          field: 'date',
          reason: `must be after the member joined (${member.from}); to undo a future membership delete it`,
        },
      ]);
    }
    if (member.to !== null && date > member.to) {
      throw DomainError.validation([
        { field: 'date', reason: `the membership already ends on ${member.to}` },
      ]);
    }
    await this.unitOfWork.run(async (tx) => {
      await this.rotations.endMember(tx, memberId, date);
      await this.record(tx, caller, 'rotation.member-left', id, before);
    });
    return this.get(caller, id);
  }

  async removeMember(caller: Caller, id: string, memberId: string): Promise<RotationResponse> {
    const before = await this.visible(caller, id);
    assertManageTeam(caller, before.teamId, 'Rotation', id);
    if (!before.members.some((m) => m.id === memberId)) throw notFound('Rotation member', memberId);
    await this.unitOfWork.run(async (tx) => {
      await this.rotations.deleteMember(tx, memberId);
      await this.record(tx, caller, 'rotation.member-removed', id, before);
    });
    return this.get(caller, id);
  }

  private async visible(caller: Caller, id: string): Promise<RotationResponse> {
    const rotation = await this.rotations.find(id);
    if (!rotation || !canSeeTeam(caller, rotation.teamId)) throw notFound('Rotation', id);
    return rotation;
  }

  /**
   * The domain's checks (pattern, overlapping memberships) with the team's own shift types, and
   * members who belong to the team. `firstNew` renames errors about an added member.
   */
  private async check(
    teamId: string,
    shape: Pick<RotationDef, 'anchorDate' | 'pattern' | 'members'>,
    firstNew?: number,
  ): Promise<void> {
    const team = await this.teams.find(teamId);
    if (!team) throw notFound('Team', teamId);
    const typeIds = new Set(
      (await this.shiftTypes.list({ teamIds: [teamId] }, { limit: 1000, offset: 0 })).items.map(
        (t) => t.id,
      ),
    );
    const errors: FieldError[] = rotationProblems(
      { id: 'check', teamId, zone: team.timeZone, ...shape },
      typeIds,
    ).map((e) => ({ ...e, field: renameMember(e.field, firstNew) }));
    const teams = await this.rotations.employeeTeams(shape.members.map((m) => m.employeeId));
    shape.members.forEach((m, i) => {
      if (teams.get(m.employeeId) !== teamId) {
        errors.push({
          field: renameMember(`members[${i}].employeeId`, firstNew),
          reason: `employee ${m.employeeId} is not in this team`,
        });
      }
    });
    if (errors.length > 0) throw DomainError.validation(errors);
  }

  private async record(
    tx: Tx,
    caller: Caller,
    action: string,
    id: string,
    before: RotationResponse | null,
  ) {
    const after = await this.rotations.find(id, tx);
    await this.audit.append(tx, {
      actorId: caller.id,
      teamId: after?.teamId ?? before?.teamId ?? null,
      action,
      entity: 'rotation',
      entityId: id,
      before,
      after,
    });
  }
}

/** Errors about the member being added name the request's own fields. */
function renameMember(field: string, firstNew: number | undefined): string {
  if (firstNew === undefined) return field;
  const match = /^members\[(\d+)\]\.(.+)$/.exec(field);
  if (!match || Number(match[1]) < firstNew) return field;
  return match[2]!;
}
