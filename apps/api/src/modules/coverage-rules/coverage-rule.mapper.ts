import type { CoverageRuleDef } from '@planner/domain';
import type { CoverageRuleResponse } from './dto/coverage-rule.dto.js';
import type { CoverageRuleEntity } from './coverage-rule.entity.js';

const hhmm = (time: string) => time.slice(0, 5);

export function toCoverageRuleResponse(r: CoverageRuleEntity): CoverageRuleResponse {
  return {
    id: r.id,
    teamId: r.teamId,
    name: r.name,
    skillId: r.skillId,
    startTime: hhmm(r.startTime),
    endTime: hhmm(r.endTime),
    recurrence: r.recurrence,
    minHeadcount: r.minHeadcount,
    idealHeadcount: r.idealHeadcount,
    priority: r.priority,
    validFrom: r.validFrom,
    validTo: r.validTo,
    holidays: r.holidays,
    overrides: r.overrides,
    version: r.version,
  };
}

export function toCoverageRuleDef(
  r: Omit<CoverageRuleResponse, 'name' | 'version'>,
): CoverageRuleDef {
  return {
    id: r.id,
    teamId: r.teamId,
    skillId: r.skillId,
    startTime: hhmm(r.startTime),
    endTime: hhmm(r.endTime),
    recurrence: r.recurrence,
    minHeadcount: r.minHeadcount,
    idealHeadcount: r.idealHeadcount,
    priority: r.priority,
    validFrom: r.validFrom,
    validTo: r.validTo,
    holidays: r.holidays,
    overrides: r.overrides,
  };
}
