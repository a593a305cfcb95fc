import { Injectable } from '@nestjs/common';
import { DomainError, type FieldError } from '@planner/domain';
import { assertAdmin, forbidden, notFound } from '../../common/auth/access.js';
import type { Caller } from '../../common/auth/caller.js';
import { type Page, pageRequest } from '../../common/http/pagination.js';
import type { Tx } from '../../database/data-source.js';
import { UnitOfWork } from '../../database/unit-of-work.js';
import { AuditRepository } from '../audit/audit.repository.js';
import type {
  CreateSkillDto,
  ListSkillsQuery,
  SkillResponse,
  UpdateSkillDto,
} from './dto/skill.dto.js';
import type { SkillEntity } from './skill.entity.js';
import { SkillRepository } from './skill.repository.js';

const toResponse = (s: SkillEntity): SkillResponse => ({
  id: s.id,
  code: s.code,
  name: s.name,
  category: s.category,
});

/** Skills are one catalogue shared by all teams; managers and admins curate it. */
@Injectable()
export class SkillService {
  constructor(
    private readonly skills: SkillRepository,
    private readonly audit: AuditRepository,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async list(query: ListSkillsQuery): Promise<Page<SkillResponse>> {
    const page = await this.skills.list(
      { category: query.category, q: query.q },
      pageRequest(query),
    );
    return { ...page, items: page.items.map(toResponse) };
  }

  async get(id: string): Promise<SkillResponse> {
    const skill = await this.skills.find(id);
    if (!skill) throw notFound('Skill', id);
    return toResponse(skill);
  }

  async create(caller: Caller, dto: CreateSkillDto): Promise<SkillResponse> {
    assertCurator(caller);
    const id = await this.unitOfWork.run(async (tx) => {
      const skillId = await this.skills.insert(tx, {
        code: dto.code,
        name: dto.name.trim(),
        category: dto.category ?? 'other',
      });
      await this.record(tx, caller, 'skill.created', skillId, null, { ...dto });
      return skillId;
    });
    return this.get(id);
  }

  async update(caller: Caller, id: string, dto: UpdateSkillDto): Promise<SkillResponse> {
    assertCurator(caller);
    await this.unitOfWork.run(async (tx) => {
      const before = await this.skills.find(id, tx);
      if (!before) throw notFound('Skill', id);
      await this.skills.update(tx, id, { ...dto, ...(dto.name ? { name: dto.name.trim() } : {}) });
      await this.record(tx, caller, 'skill.updated', id, toResponse(before), { ...dto });
    });
    return this.get(id);
  }

  async remove(caller: Caller, id: string): Promise<void> {
    assertAdmin(caller, 'delete skills');
    await this.unitOfWork.run(async (tx) => {
      const before = await this.skills.find(id, tx);
      if (!before) throw notFound('Skill', id);
      const usage = await this.skills.usage(id, tx);
      if (usage > 0) {
        throw new DomainError(
          'IN_USE',
          `The skill ${before.code} is still held by employees or required by shift types (${usage}).`,
        );
      }
      await this.skills.delete(tx, id);
      await this.record(tx, caller, 'skill.deleted', id, toResponse(before), null);
    });
  }

  /** Field errors for skill ids that do not exist, named by their position in `field`. */
  async unknownSkills(ids: string[], field: string, tx?: Tx): Promise<FieldError[]> {
    const found = await this.skills.existing(ids, tx);
    return ids.flatMap((id, i) =>
      found.has(id) ? [] : [{ field: `${field}.${i}`, reason: `skill ${id} does not exist` }],
    );
  }

  private record(
    tx: Tx,
    caller: Caller,
    action: string,
    id: string,
    before: unknown,
    after: unknown,
  ) {
    return this.audit.append(tx, {
      actorId: caller.id,
      teamId: null,
      action,
      entity: 'skill',
      entityId: id,
      before,
      after,
    });
  }
}

function assertCurator(caller: Caller): void {
  if (caller.role === 'employee') throw forbidden('Only managers and admins may change skills.');
}
