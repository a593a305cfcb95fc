import { Injectable } from '@nestjs/common';
import { coverageRuleProblems, DomainError } from '@planner/domain';
import {
  assertManageTeam,
  canSeeTeam,
  notFound,
  visibleTeamIds,
} from '../../common/auth/access.js';
import type { Caller } from '../../common/auth/caller.js';
import { type Page, pageRequest } from '../../common/http/pagination.js';
import { UnitOfWork } from '../../database/unit-of-work.js';
import { AuditRepository } from '../audit/audit.repository.js';
import { SkillService } from '../skills/skill.service.js';
import { TeamRepository } from '../teams/team.repository.js';
import { versionConflict } from '../teams/team.service.js';
import type { CoverageRuleEntity } from './coverage-rule.entity.js';
import { toCoverageRuleDef, toCoverageRuleResponse } from './coverage-rule.mapper.js';
import { CoverageRuleRepository } from './coverage-rule.repository.js';
import type {
  CoverageRuleResponse,
  CreateCoverageRuleDto,
  ListCoverageRulesQuery,
  UpdateCoverageRuleDto,
} from './dto/coverage-rule.dto.js';

@Injectable()
export class CoverageRuleService {
  constructor(
    private readonly rules: CoverageRuleRepository,
    private readonly teams: TeamRepository,
    private readonly skills: SkillService,
    private readonly audit: AuditRepository,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async list(caller: Caller, query: ListCoverageRulesQuery): Promise<Page<CoverageRuleResponse>> {
    if (query.teamId && !canSeeTeam(caller, query.teamId)) throw notFound('Team', query.teamId);
    const page = await this.rules.list(
      { teamIds: visibleTeamIds(caller), teamId: query.teamId },
      pageRequest(query),
    );
    return { ...page, items: page.items.map(toCoverageRuleResponse) };
  }

  async get(caller: Caller, id: string): Promise<CoverageRuleResponse> {
    return toCoverageRuleResponse(await this.visible(caller, id));
  }

  async create(caller: Caller, dto: CreateCoverageRuleDto): Promise<CoverageRuleResponse> {
    assertManageTeam(caller, dto.teamId);
    if (!(await this.teams.find(dto.teamId))) throw notFound('Team', dto.teamId);
    const rule: CoverageRuleResponse = {
      id: 'new',
      teamId: dto.teamId,
      name: dto.name.trim(),
      skillId: dto.skillId ?? null,
      startTime: dto.startTime,
      endTime: dto.endTime,
      recurrence: (dto.recurrence ?? 'FREQ=DAILY').trim(),
      minHeadcount: dto.minHeadcount,
      idealHeadcount: dto.idealHeadcount ?? dto.minHeadcount,
      priority: dto.priority ?? 3,
      validFrom: dto.validFrom ?? null,
      validTo: dto.validTo ?? null,
      holidays: dto.holidays ?? 'applies',
      overrides: dto.overrides ?? false,
      version: 1,
    };
    await this.check(rule);
    const id = await this.unitOfWork.run(async (tx) => {
      const { id: _id, version: _version, ...fields } = rule;
      const ruleId = await this.rules.insert(tx, fields);
      const created = await this.rules.find(ruleId, tx);
      await this.audit.append(tx, {
        actorId: caller.id,
        teamId: dto.teamId,
        action: 'coverage-rule.created',
        entity: 'coverage-rule',
        entityId: ruleId,
        after: created && toCoverageRuleResponse(created),
      });
      return ruleId;
    });
    return this.get(caller, id);
  }

  async update(
    caller: Caller,
    id: string,
    dto: UpdateCoverageRuleDto,
  ): Promise<CoverageRuleResponse> {
    const before = await this.visible(caller, id);
    assertManageTeam(caller, before.teamId, 'Coverage rule', id);
    const { version, ...changes } = dto;
    const merged: CoverageRuleResponse = { ...toCoverageRuleResponse(before), ...changes };
    if (
      changes.minHeadcount !== undefined &&
      changes.idealHeadcount === undefined &&
      merged.idealHeadcount < merged.minHeadcount
    ) {
      merged.idealHeadcount = merged.minHeadcount;
    }
    await this.check(merged);
    await this.unitOfWork.run(async (tx) => {
      const { id: _id, version: _v, teamId: _t, ...fields } = merged;
      const changed = await this.rules.update(tx, id, fields, version);
      if (!changed) throw versionConflict(before);
      const after = await this.rules.find(id, tx);
      await this.audit.append(tx, {
        actorId: caller.id,
        teamId: before.teamId,
        action: 'coverage-rule.updated',
        entity: 'coverage-rule',
        entityId: id,
        before: toCoverageRuleResponse(before),
        after: after && toCoverageRuleResponse(after),
      });
    });
    return this.get(caller, id);
  }

  async remove(caller: Caller, id: string): Promise<void> {
    const before = await this.visible(caller, id);
    assertManageTeam(caller, before.teamId, 'Coverage rule', id);
    await this.unitOfWork.run(async (tx) => {
      await this.rules.delete(tx, id);
      await this.audit.append(tx, {
        actorId: caller.id,
        teamId: before.teamId,
        action: 'coverage-rule.deleted',
        entity: 'coverage-rule',
        entityId: id,
        before: toCoverageRuleResponse(before),
      });
    });
  }

  private async visible(caller: Caller, id: string): Promise<CoverageRuleEntity> {
    const rule = await this.rules.find(id);
    if (!rule || !canSeeTeam(caller, rule.teamId)) throw notFound('Coverage rule', id);
    return rule;
  }

  /** The domain's checks (recurrence, headcounts, validity) plus the skill's existence. */
  private async check(rule: CoverageRuleResponse): Promise<void> {
    const errors = coverageRuleProblems(toCoverageRuleDef(rule));
    if (rule.skillId)
      errors.push(
        ...(await this.skills.unknownSkills([rule.skillId], 'skillId')).map((e) => ({
          ...e,
          field: 'skillId',
        })),
      );
    if (errors.length > 0) throw DomainError.validation(errors);
  }
}
