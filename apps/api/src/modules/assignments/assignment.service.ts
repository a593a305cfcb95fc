import { Injectable } from '@nestjs/common';
import { addDays, DomainError, type FieldError, overlaps, shiftInstants } from '@planner/domain';
import { assertManageTeam, canSeeTeam, notFound } from '../../common/auth/access.js';
import type { Caller } from '../../common/auth/caller.js';
import type { Tx } from '../../database/data-source.js';
import { UnitOfWork } from '../../database/unit-of-work.js';
import { AuditRepository } from '../audit/audit.repository.js';
import type { RotaShift } from '../rota/rota.builder.js';
import { RotaRepository } from '../rota/rota.repository.js';
import { RotaService } from '../rota/rota.service.js';
import { ShiftTypeRepository } from '../shift-types/shift-type.repository.js';
import { versionConflict } from '../teams/team.service.js';
import { AssignmentRepository } from './assignment.repository.js';
import type {
  AssignmentResponse,
  CreateAssignmentDto,
  UpdateAssignmentDto,
} from './dto/assignment.dto.js';

/** Manual edits of the rota: added shifts (assignments) and cancelled rotation shifts. */
@Injectable()
export class AssignmentService {
  constructor(
    private readonly assignments: AssignmentRepository,
    private readonly shiftTypes: ShiftTypeRepository,
    private readonly rotaRepository: RotaRepository,
    private readonly rota: RotaService,
    private readonly audit: AuditRepository,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async get(caller: Caller, id: string): Promise<AssignmentResponse> {
    return this.visible(caller, id);
  }

  async create(caller: Caller, dto: CreateAssignmentDto): Promise<AssignmentResponse> {
    const shiftType = await this.shiftTypes.find(dto.shiftTypeId);
    if (!shiftType || !canSeeTeam(caller, shiftType.teamId))
      throw notFound('Shift type', dto.shiftTypeId);
    assertManageTeam(caller, shiftType.teamId, 'Shift type', dto.shiftTypeId);
    const team = await this.rotaRepository.team(shiftType.teamId);
    if (!team) throw notFound('Team', shiftType.teamId);
    await this.checkPeople(
      team.id,
      dto.employeeId,
      dto.coverForEmployeeId ?? null,
      shiftType.requiredSkillIds,
    );
    const instants = shiftInstants(
      dto.date,
      { startTime: shiftType.startTime.slice(0, 5), endTime: shiftType.endTime.slice(0, 5) },
      team.timeZone,
    );
    const around = await this.shiftsAround(team.id, dto.date);
    if (
      dto.replacesKey &&
      !around.some(
        (s) => s.key === dto.replacesKey && s.source === 'rotation' && s.date === dto.date,
      )
    ) {
      throw DomainError.validation([
        { field: 'replacesKey', reason: 'is not a rotation shift of this team on this date' },
      ]);
    }
    this.checkOverlap(around, dto.employeeId, instants, dto.replacesKey);

    const id = await this.unitOfWork.run(async (tx) => {
      const assignmentId = await this.assignments.insert(tx, {
        teamId: team.id,
        employeeId: dto.employeeId,
        shiftTypeId: shiftType.id,
        date: dto.date,
        start: instants.start,
        end: instants.end,
        source: 'manual',
        coverForEmployeeId: dto.coverForEmployeeId ?? null,
        replacesKey: dto.replacesKey ?? null,
        pinned: dto.pinned ?? false,
        note: dto.note?.trim() || null,
        createdBy: caller.id,
      });
      await this.record(tx, caller, 'assignment.created', assignmentId, team.id, null);
      return assignmentId;
    });
    return this.get(caller, id);
  }

  async update(caller: Caller, id: string, dto: UpdateAssignmentDto): Promise<AssignmentResponse> {
    const before = await this.visible(caller, id);
    assertManageTeam(caller, before.teamId, 'Assignment', id);
    const shiftType = await this.shiftTypes.find(before.shiftTypeId);
    const employeeId = dto.employeeId ?? before.employeeId;
    const coverFor =
      dto.coverForEmployeeId === undefined ? before.coverForEmployeeId : dto.coverForEmployeeId;
    await this.checkPeople(before.teamId, employeeId, coverFor, shiftType?.requiredSkillIds ?? []);
    if (employeeId !== before.employeeId) {
      const around = await this.shiftsAround(before.teamId, before.date);
      this.checkOverlap(
        around.filter((s) => s.assignmentId !== id),
        employeeId,
        { start: new Date(before.start), end: new Date(before.end) },
        undefined,
      );
    }
    await this.unitOfWork.run(async (tx) => {
      const { version, ...changes } = dto;
      if (!(await this.assignments.update(tx, id, changes, version))) throw versionConflict(before);
      await this.record(tx, caller, 'assignment.updated', id, before.teamId, before);
    });
    return this.get(caller, id);
  }

  async remove(caller: Caller, id: string): Promise<void> {
    const before = await this.visible(caller, id);
    assertManageTeam(caller, before.teamId, 'Assignment', id);
    await this.unitOfWork.run(async (tx) => {
      await this.assignments.delete(tx, id);
      await this.record(tx, caller, 'assignment.deleted', id, before.teamId, before);
    });
  }

  /**
   * Takes a shift off the rota: an assignment is deleted; a rotation occurrence is cancelled for
   * that one date (the rotation itself is untouched, so re-expansion keeps it cancelled).
   */
  async cancelShift(caller: Caller, key: string, reason: string | null): Promise<void> {
    if (key.startsWith('assignment:')) return this.remove(caller, uuidFromKey(key));
    const occurrence = parseOccurrenceKey(key);
    const rotation = await this.rotaRepository.rotationTeam(occurrence.rotationId);
    if (!rotation || !canSeeTeam(caller, rotation)) throw notFound('Shift', key);
    assertManageTeam(caller, rotation, 'Shift', key);
    const around = await this.shiftsAround(rotation, occurrence.date);
    if (!around.some((s) => s.key === key)) throw notFound('Shift', key);
    await this.unitOfWork.run(async (tx) => {
      await this.assignments.cancelOccurrence(tx, {
        key,
        teamId: rotation,
        date: occurrence.date,
        source: 'manual',
        reason: reason?.trim() || null,
        createdBy: caller.id,
      });
      await this.audit.append(tx, {
        actorId: caller.id,
        teamId: rotation,
        action: 'rotation-shift.cancelled',
        entity: 'rotation-shift',
        entityId: key,
        after: { reason },
      });
    });
  }

  async restoreShift(caller: Caller, key: string): Promise<void> {
    const occurrence = parseOccurrenceKey(key);
    const teamId = await this.rotaRepository.rotationTeam(occurrence.rotationId);
    if (!teamId || !canSeeTeam(caller, teamId)) throw notFound('Shift', key);
    assertManageTeam(caller, teamId, 'Shift', key);
    await this.unitOfWork.run(async (tx) => {
      if (!(await this.assignments.restoreOccurrence(tx, key)))
        throw notFound('Cancelled shift', key);
      await this.audit.append(tx, {
        actorId: caller.id,
        teamId,
        action: 'rotation-shift.restored',
        entity: 'rotation-shift',
        entityId: key,
      });
    });
  }

  private async visible(caller: Caller, id: string): Promise<AssignmentResponse> {
    const found = await this.assignments.find(id);
    if (!found || !canSeeTeam(caller, found.teamId)) throw notFound('Assignment', id);
    return found;
  }

  private async checkPeople(
    teamId: string,
    employeeId: string,
    coverFor: string | null,
    requiredSkillIds: string[],
  ) {
    const errors: FieldError[] = [];
    const employee = await this.assignments.employeeTeam(employeeId);
    if (!employee || employee.teamId !== teamId)
      errors.push({ field: 'employeeId', reason: 'is not a member of this team' });
    else if (!employee.active) errors.push({ field: 'employeeId', reason: 'is deactivated' });
    else {
      const missing = requiredSkillIds.filter((id) => !employee.skillIds.includes(id));
      if (missing.length > 0)
        errors.push({
          field: 'employeeId',
          reason: `lacks a skill the shift type requires (${missing.join(', ')})`,
        });
    }
    if (coverFor !== null) {
      const absent = await this.assignments.employeeTeam(coverFor);
      if (!absent || absent.teamId !== teamId)
        errors.push({ field: 'coverForEmployeeId', reason: 'is not a member of this team' });
      if (coverFor === employeeId)
        errors.push({ field: 'coverForEmployeeId', reason: 'cannot be the same person' });
    }
    if (errors.length > 0) throw DomainError.validation(errors);
  }

  /** The team's effective shifts on the date and the days either side. */
  private async shiftsAround(teamId: string, date: string): Promise<RotaShift[]> {
    return (await this.rota.compute(teamId, addDays(date, -1), addDays(date, 2))).shifts;
  }

  private checkOverlap(
    shifts: RotaShift[],
    employeeId: string,
    instants: { start: Date; end: Date },
    replacesKey: string | undefined,
  ): void {
    const clash = shifts.find(
      (s) => s.employeeId === employeeId && s.key !== replacesKey && overlaps(s, instants),
    );
    if (clash) {
      throw new DomainError(
        'ASSIGNMENT_OVERLAP',
        `The employee already works an overlapping shift (${clash.date}).`,
        {
          errors: [
            { field: 'employeeId', reason: `already works an overlapping shift on ${clash.date}` },
          ],
          conflictingShiftKey: clash.key,
        },
      );
    }
  }

  private async record(
    tx: Tx,
    caller: Caller,
    action: string,
    id: string,
    teamId: string,
    before: AssignmentResponse | null,
  ) {
    await this.audit.append(tx, {
      actorId: caller.id,
      teamId,
      action,
      entity: 'assignment',
      entityId: id,
      before,
      after: await this.assignments.find(id, tx),
    });
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function uuidFromKey(key: string): string {
  const id = key.slice('assignment:'.length);
  if (!UUID.test(id))
    throw DomainError.validation([{ field: 'key', reason: 'is not a shift key' }]);
  return id;
}

/** Rotation occurrence keys are `rotationId:employeeId:date:shiftTypeId`. */
function parseOccurrenceKey(key: string): {
  rotationId: string;
  employeeId: string;
  date: string;
  shiftTypeId: string;
} {
  const [rotationId, employeeId, date, shiftTypeId, ...rest] = key.split(':');
  if (
    !rotationId ||
    !employeeId ||
    !date ||
    !shiftTypeId ||
    rest.length > 0 ||
    !UUID.test(rotationId) ||
    !UUID.test(employeeId) ||
    !UUID.test(shiftTypeId) ||
    !/^\d{4}-\d{2}-\d{2}$/.test(date)
  ) {
    throw DomainError.validation([{ field: 'key', reason: 'is not a shift key' }]);
  }
  return { rotationId, employeeId, date, shiftTypeId };
}
