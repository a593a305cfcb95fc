import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsInt, IsUUID, Max, Min } from 'class-validator';
import { TeamPeriodQuery } from '../../../common/http/team-period.js';

export type PlanStatus = 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled' | 'published';

export const MAX_PLAN_DAYS = 93;

export class CreatePlanDto extends TeamPeriodQuery {
  @ApiProperty({
    enum: ['build', 'repair'],
    description:
      'build: a rota from the rotations and coverage rules; repair: fill the gaps in the published rota with as few changes as possible',
  })
  @IsIn(['build', 'repair'])
  mode: 'build' | 'repair';

  @ApiProperty({ minimum: 1, maximum: 600, example: 20 })
  @IsInt()
  @Min(1)
  @Max(600)
  timeLimitSeconds: number;
}

export class ListPlansQuery {
  @ApiProperty() @IsUUID('all') teamId: string;
}

export interface PlanProgressPoint {
  elapsedMs: number;
  objective: number;
  hardDegree: number;
}

export interface PlanChange {
  key: string;
  employeeId: string;
  employeeName: string;
  date: string;
  shiftTypeId: string;
  shiftTypeName: string;
  startLocal: string;
  endLocal: string;
  skillName: string | null;
  coverForEmployeeId: string | null;
  coverForName: string | null;
  /** Why this person: skill, free, rested, fair-share position. */
  why: string[];
  /** Why not the next best candidates. */
  alternatives: { employeeId: string; employeeName: string; reason: string }[];
  /** For removals: the published shift's key (a rotation occurrence or `assignment:<id>`). */
  publishedKey: string | null;
}

export interface PlanGap {
  date: string;
  shiftTypeId: string;
  shiftTypeName: string;
  skillName: string | null;
  missing: number;
  candidates: { employeeId: string; employeeName: string; rule: string | null; reason: string }[];
}

export interface PlanResult {
  objective: number;
  /** Proven lower bound, when the run found one. */
  bound: number | null;
  hardViolations: number;
  /** Coverage gaps (demand below its minimum) in the plan's dates, before and after the changes. */
  gapsBefore: number;
  gapsAfter: number;
  /**
   * The coverage gaps left after the changes, as the rota will show them (the first 50): when
   * and which skill, and how many people short. Those with `beforePlan` set start before the
   * plan's first shift can (e.g. the small hours of the first day, which belong to the night
   * before) and only a wider plan can fill them.
   */
  coverageGapsAfter: {
    start: string;
    end: string;
    skillId: string | null;
    skillName: string | null;
    missing: number;
    beforePlan: boolean;
  }[];
  added: PlanChange[];
  removed: PlanChange[];
  gaps: PlanGap[];
  /** Soft rules the plan could not fully honour (wishes, fairness), one sentence each. */
  notes: string[];
  /** The job's time, and where it went. */
  seconds: number;
  timings: { readMs: number; modelMs: number; solveMs: number; explainMs: number };
}

export interface PlanResponse {
  id: string;
  teamId: string;
  mode: 'build' | 'repair';
  from: string;
  to: string;
  status: PlanStatus;
  timeLimitSeconds: number;
  stale: boolean;
  timeLimitReached: boolean;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  publishedAt: string | null;
  error: string | null;
  progress: PlanProgressPoint[];
  result: PlanResult | null;
}
