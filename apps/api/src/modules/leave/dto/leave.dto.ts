import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { PageQuery } from '../../../common/http/pagination.js';
import { IsLocalDate, Optional } from '../../../common/validation/validators.js';

export const LEAVE_STATUSES = ['pending', 'approved', 'rejected', 'cancelled'] as const;
export type LeaveStatus = (typeof LEAVE_STATUSES)[number];

/** A leave as the employee picks it: inclusive local dates in their home zone. */
export class LeaveDraftDto {
  @ApiPropertyOptional({
    description: 'Whose leave; defaults to the caller (managers record absences for their staff)',
  })
  @Optional()
  @IsUUID('all')
  employeeId?: string;

  @ApiProperty() @IsUUID('all') leaveTypeId: string;

  @ApiProperty({ example: '2027-07-05', description: 'First day of leave' })
  @IsLocalDate()
  startDate: string;

  @ApiProperty({ example: '2027-07-16', description: 'Last day of leave (inclusive)' })
  @IsLocalDate()
  endDate: string;

  @ApiPropertyOptional({
    enum: ['am', 'pm'],
    nullable: true,
    description: 'A half day; start and end must be the same date',
  })
  @Optional()
  @ValidateIf((_, v) => v !== null)
  @IsIn(['am', 'pm'])
  halfDay?: 'am' | 'pm' | null;
}

export class CreateLeaveRequestDto extends LeaveDraftDto {
  @ApiPropertyOptional() @Optional() @IsString() @MaxLength(2000) reason?: string;

  @ApiPropertyOptional({ description: 'Open tasks and contacts for whoever covers' })
  @Optional()
  @IsString()
  @MaxLength(10000)
  handoverNote?: string;

  @ApiPropertyOptional({ description: 'A manager overriding a leave policy says why (audited)' })
  @Optional()
  @IsString()
  @Length(3, 2000)
  overrideReason?: string;
}

export class DecisionDto {
  @ApiProperty({ description: 'The version you saw; a stale one gets 409 VERSION_CONFLICT' })
  @IsInt()
  @Min(1)
  version: number;

  @ApiPropertyOptional() @Optional() @IsString() @MaxLength(2000) comment?: string;

  @ApiPropertyOptional({
    description: 'Approve although it breaks minimum coverage or a policy (audited)',
  })
  @Optional()
  @IsString()
  @Length(3, 2000)
  overrideReason?: string;
}

export class RejectDto {
  @ApiProperty() @IsInt() @Min(1) version: number;

  @ApiProperty({ description: 'Why; the employee sees it' })
  @IsString()
  @MinLength(1, { message: 'is required to reject a request' })
  @MaxLength(2000)
  comment: string;
}

export class CancelDto {
  @ApiProperty() @IsInt() @Min(1) version: number;
  @ApiPropertyOptional() @Optional() @IsString() @MaxLength(2000) comment?: string;
}

const toBoolean = ({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value;

export class ListLeaveQuery extends PageQuery {
  @ApiPropertyOptional() @Optional() @IsUUID('all') teamId?: string;
  @ApiPropertyOptional() @Optional() @IsUUID('all') employeeId?: string;
  @ApiPropertyOptional({ enum: LEAVE_STATUSES })
  @Optional()
  @IsIn(LEAVE_STATUSES)
  status?: LeaveStatus;
  @ApiPropertyOptional({ description: 'Leave ending on or after this date' })
  @Optional()
  @IsLocalDate()
  from?: string;
  @ApiPropertyOptional({ description: 'Leave starting on or before this date' })
  @Optional()
  @IsLocalDate()
  to?: string;

  @ApiPropertyOptional({ description: 'Only requests waiting for the caller to decide' })
  @Optional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'must be true or false' })
  inbox?: boolean;
}

export class BalanceQuery {
  @ApiPropertyOptional({ example: 2027 })
  @Optional()
  @Transform(({ value }) =>
    typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value,
  )
  @IsInt()
  @Min(1900)
  year?: number;
}

export class CarryOverDto {
  @ApiProperty({
    example: 2027,
    description: 'The year that ends; unused days move into the next one',
  })
  @IsInt()
  @Min(1900)
  year: number;
}

export class CreateBlackoutDto {
  @ApiProperty() @IsUUID('all') teamId: string;
  @ApiProperty({ example: 'Black Friday week' }) @IsString() @Length(1, 120) name: string;
  @ApiProperty() @IsLocalDate() startDate: string;
  @ApiProperty({ description: 'Inclusive' }) @IsLocalDate() endDate: string;

  @ApiPropertyOptional({
    type: [String],
    description: 'Leave types it applies to; all when absent',
  })
  @Optional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  leaveTypeIds?: string[];
}

export class CreateDelegationDto {
  @ApiPropertyOptional({ description: 'The manager who is away; defaults to the caller' })
  @Optional()
  @IsUUID('all')
  managerId?: string;

  @ApiProperty() @IsUUID('all') deputyId: string;
  @ApiProperty() @IsLocalDate() startDate: string;
  @ApiProperty({ description: 'Inclusive' }) @IsLocalDate() endDate: string;
}

export class CreateLeaveTypeDto {
  @ApiProperty({ example: 'parental' })
  @IsString()
  @Matches(/^[a-z0-9][a-z0-9-]{0,39}$/, {
    message: 'must be 1–40 lower-case letters, digits or dashes',
  })
  code: string;

  @ApiProperty() @IsString() @Length(1, 120) name: string;
  @ApiPropertyOptional({ default: false })
  @Optional()
  @IsBoolean()
  countsAgainstAllowance?: boolean;
  @ApiPropertyOptional({ default: true }) @Optional() @IsBoolean() requiresApproval?: boolean;

  @ApiPropertyOptional({ example: '#2e86de' })
  @Optional()
  @IsString()
  @Matches(/^#[0-9a-fA-F]{6}$/, { message: 'must be a colour #rrggbb' })
  colour?: string;
}

export class UpdateLeaveTypeDto {
  @ApiPropertyOptional() @Optional() @IsString() @Length(1, 120) name?: string;
  @ApiPropertyOptional() @Optional() @IsBoolean() countsAgainstAllowance?: boolean;
  @ApiPropertyOptional() @Optional() @IsBoolean() requiresApproval?: boolean;

  @ApiPropertyOptional()
  @Optional()
  @IsString()
  @Matches(/^#[0-9a-fA-F]{6}$/, { message: 'must be a colour #rrggbb' })
  colour?: string;
}

export interface LeaveTypeResponse {
  id: string;
  code: string;
  name: string;
  countsAgainstAllowance: boolean;
  requiresApproval: boolean;
  colour: string;
}

export interface LeaveRequestResponse {
  id: string;
  employeeId: string;
  teamId: string;
  /** Hidden (null) from colleagues: they see that someone is away, not why. */
  leaveTypeId: string | null;
  startDate: string;
  endDate: string;
  halfDay: 'am' | 'pm' | null;
  status: LeaveStatus;
  days: number | null;
  reason: string | null;
  handoverNote: string | null;
  requestedBy: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
  decisionComment: string | null;
  overrideReason: string | null;
  createdAt: string;
  version: number;
}

export class SkillLimitDto {
  @ApiProperty() @IsUUID('all') skillId: string;
  @ApiProperty({ example: 2, description: 'Most people holding the skill away at once' })
  @IsInt()
  @Min(0)
  maxPeopleOff: number;
}

export class SetSkillLimitsDto {
  @ApiProperty() @IsUUID('all') teamId: string;

  @ApiProperty({ type: [SkillLimitDto] })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => SkillLimitDto)
  limits: SkillLimitDto[];
}
