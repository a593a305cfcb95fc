import { CoverageRuleEntity } from '../modules/coverage-rules/coverage-rule.entity.js';
import { AuditLogEntity } from '../modules/audit/audit-log.entity.js';
import { EmployeeEntity } from '../modules/employees/employee.entity.js';
import { ShiftTypeEntity } from '../modules/shift-types/shift-type.entity.js';
import { SkillEntity } from '../modules/skills/skill.entity.js';
import { TeamEntity } from '../modules/teams/team.entity.js';

export const entities = [
  TeamEntity,
  SkillEntity,
  EmployeeEntity,
  ShiftTypeEntity,
  AuditLogEntity,
  CoverageRuleEntity,
];
