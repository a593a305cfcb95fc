import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsNumber,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
  ArrayMinSize,
} from 'class-validator';
import { IsLocalDate, Optional } from '../../../common/validation/validators.js';
import { PageQuery } from '../../../common/http/pagination.js';
import { IsTimeZoneName } from '../../../common/validation/validators.js';
import { PASSWORD_RULES } from '../../auth/password.js';
import type { SkillResponse } from '../../skills/dto/skill.dto.js';
import type { Role } from '../employee.entity.js';

export const ROLES: Role[] = ['admin', 'manager', 'employee'];

/** At most this many shifts of one shift type in the contract's period. */
export class ShiftLimitDto {
  @ApiProperty({ description: "A shift type of the employee's team" })
  @IsUUID('all')
  shiftTypeId: string;

  @ApiProperty({ example: 8, description: 'Most shifts of this type per contract period' })
  @IsInt()
  @Min(0)
  @Max(100)
  maxPerPeriod: number;
}

/** Working-time limits the solver must respect for this person. */
export class ContractDto {
  @ApiPropertyOptional({ description: 'Contracted minutes per week', example: 2400 })
  @Optional()
  @IsInt()
  @Min(0)
  @Max(6000)
  weeklyMinutes?: number;

  @ApiPropertyOptional({ description: 'Full-time equivalent, 1 = full time', example: 1 })
  @Optional()
  @IsNumber({ maxDecimalPlaces: 3 })
  @Min(0.05)
  @Max(1.5)
  fte?: number;

  @ApiPropertyOptional({ nullable: true })
  @Optional()
  @ValidateIf((_, v) => v !== null)
  @IsInt()
  @Min(0)
  @Max(100)
  maxShiftsPerPeriod?: number | null;

  @ApiPropertyOptional({ nullable: true })
  @Optional()
  @ValidateIf((_, v) => v !== null)
  @IsInt()
  @Min(0)
  @Max(100000)
  maxMinutesPerPeriod?: number | null;

  @ApiPropertyOptional({ nullable: true })
  @Optional()
  @ValidateIf((_, v) => v !== null)
  @IsInt()
  @Min(0)
  @Max(100000)
  minMinutesPerPeriod?: number | null;

  @ApiPropertyOptional({
    description: 'Length of the period the maxima apply to, in days',
    example: 28,
  })
  @Optional()
  @IsInt()
  @Min(7)
  @Max(366)
  periodDays?: number;

  @ApiPropertyOptional({ example: 11 })
  @Optional()
  @IsNumber({ maxDecimalPlaces: 1 })
  @Min(0)
  @Max(48)
  minRestHours?: number;

  @ApiPropertyOptional({ example: 6 })
  @Optional()
  @IsInt()
  @Min(1)
  @Max(31)
  maxConsecutiveDays?: number;

  @ApiPropertyOptional({
    example: 2,
    description: 'Works at least this many days in a row once started (1 = no minimum)',
  })
  @Optional()
  @IsInt()
  @Min(1)
  @Max(14)
  minConsecutiveDays?: number;

  @ApiPropertyOptional({
    example: 2,
    description: 'Days off come in runs of at least this many days (1 = no minimum)',
  })
  @Optional()
  @IsInt()
  @Min(1)
  @Max(14)
  minConsecutiveDaysOff?: number;

  @ApiPropertyOptional({ example: 2 })
  @Optional()
  @IsInt()
  @Min(0)
  @Max(4)
  maxWeekendsPer4Weeks?: number;

  @ApiPropertyOptional({
    type: [ShiftLimitDto],
    description: 'Per shift type, the most shifts per contract period; replaces the whole list',
  })
  @Optional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ShiftLimitDto)
  maxShiftsPerType?: ShiftLimitDto[];
}

export class LeaveEntitlementDto {
  @ApiPropertyOptional({ example: 26, description: 'Days of paid leave per full year' })
  @Optional()
  @IsNumber({ maxDecimalPlaces: 1 })
  @Min(0)
  @Max(366)
  annualLeaveDays?: number;

  @ApiPropertyOptional({ example: 5, description: 'Unused days that may move into the next year' })
  @Optional()
  @IsNumber({ maxDecimalPlaces: 1 })
  @Min(0)
  @Max(366)
  carryOverCapDays?: number;

  @ApiPropertyOptional({
    example: [1, 2, 3, 4, 5],
    description: 'ISO weekdays the person works (1 = Monday); leave is counted on these',
  })
  @Optional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(7)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(7, { each: true })
  workingWeekdays?: number[];

  @ApiPropertyOptional({
    nullable: true,
    description: 'First working day (pro-rata allowance for joiners)',
  })
  @Optional()
  @ValidateIf((_, v) => v !== null)
  @IsLocalDate()
  employmentStart?: string | null;

  @ApiPropertyOptional({
    nullable: true,
    description: 'Last working day (pro-rata allowance for leavers)',
  })
  @Optional()
  @ValidateIf((_, v) => v !== null)
  @IsLocalDate()
  employmentEnd?: string | null;
}

export class CreateEmployeeDto {
  @ApiProperty({ example: 'Anna Kowalska' })
  @IsString()
  @Length(1, 120)
  name: string;

  @ApiProperty({ example: 'anna.kowalska@example.com' })
  @IsString()
  @MaxLength(254)
  @IsEmail({}, { message: 'must be an e-mail address' })
  email: string;

  @ApiProperty()
  @IsUUID('all')
  teamId: string;

  @ApiPropertyOptional({ description: "Defaults to the team's zone", example: 'Europe/Warsaw' })
  @Optional()
  @IsTimeZoneName()
  homeTimeZone?: string;

  @ApiPropertyOptional({ enum: ROLES, default: 'employee' })
  @Optional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ description: 'Initial password; without one the person cannot sign in' })
  @Optional()
  @IsString()
  @MinLength(PASSWORD_RULES.minLength)
  @MaxLength(PASSWORD_RULES.maxLength)
  password?: string;

  @ApiPropertyOptional({ type: [String] })
  @Optional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  skillIds?: string[];

  @ApiPropertyOptional({
    type: [String],
    description:
      'Skills for which the person is in the backup pool: counted only when regular staff cannot cover',
  })
  @Optional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  backupSkillIds?: string[];

  @ApiPropertyOptional({ type: ContractDto })
  @Optional()
  @ValidateNested()
  @Type(() => ContractDto)
  contract?: ContractDto;

  @ApiPropertyOptional({ type: LeaveEntitlementDto })
  @Optional()
  @ValidateNested()
  @Type(() => LeaveEntitlementDto)
  leave?: LeaveEntitlementDto;
}

export class UpdateEmployeeDto {
  @ApiPropertyOptional()
  @Optional()
  @IsString()
  @Length(1, 120)
  name?: string;

  @ApiPropertyOptional()
  @Optional()
  @IsString()
  @MaxLength(254)
  @IsEmail({}, { message: 'must be an e-mail address' })
  email?: string;

  @ApiPropertyOptional()
  @Optional()
  @IsUUID('all')
  teamId?: string;

  @ApiPropertyOptional()
  @Optional()
  @IsTimeZoneName()
  homeTimeZone?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @Optional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ description: 'Set a new password (managers and admins)' })
  @Optional()
  @IsString()
  @MinLength(PASSWORD_RULES.minLength)
  @MaxLength(PASSWORD_RULES.maxLength)
  password?: string;

  @ApiPropertyOptional({ type: [String] })
  @Optional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  skillIds?: string[];

  @ApiPropertyOptional({
    type: [String],
    description:
      'Skills for which the person is in the backup pool: counted only when regular staff cannot cover',
  })
  @Optional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  backupSkillIds?: string[];

  @ApiPropertyOptional({ type: ContractDto })
  @Optional()
  @ValidateNested()
  @Type(() => ContractDto)
  contract?: ContractDto;

  @ApiPropertyOptional({ type: LeaveEntitlementDto })
  @Optional()
  @ValidateNested()
  @Type(() => LeaveEntitlementDto)
  leave?: LeaveEntitlementDto;

  @ApiPropertyOptional({ description: 'false deactivates (history is kept), true reactivates' })
  @Optional()
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional()
  @Optional()
  @IsInt()
  @Min(1)
  version?: number;
}

/** Fields an employee may change on their own profile. */
export const SELF_SERVICE_FIELDS = ['name', 'homeTimeZone', 'version'] as const;

const toBoolean = ({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value;

export class ListEmployeesQuery extends PageQuery {
  @ApiPropertyOptional()
  @Optional()
  @IsUUID('all')
  teamId?: string;

  @ApiPropertyOptional({ description: 'Skill code or id' })
  @Optional()
  @IsString()
  @MaxLength(64)
  skill?: string;

  @ApiPropertyOptional({ description: "true (default), false, or 'all'" })
  @Optional()
  @Transform(toBoolean)
  @IsIn([true, false, 'all'], { message: 'must be true, false or all' })
  active?: boolean | 'all';

  @ApiPropertyOptional({ enum: ROLES })
  @Optional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ description: 'Search in name and e-mail' })
  @Optional()
  @IsString()
  @MaxLength(120)
  q?: string;
}

export interface ContractResponse {
  weeklyMinutes: number;
  fte: number;
  maxShiftsPerPeriod: number | null;
  maxMinutesPerPeriod: number | null;
  minMinutesPerPeriod: number | null;
  periodDays: number;
  minRestHours: number;
  maxConsecutiveDays: number;
  minConsecutiveDays: number;
  minConsecutiveDaysOff: number;
  maxWeekendsPer4Weeks: number;
  maxShiftsPerType: { shiftTypeId: string; maxPerPeriod: number }[];
}

export interface EmployeeResponse {
  id: string;
  name: string;
  email: string;
  teamId: string;
  homeTimeZone: string;
  role: Role;
  active: boolean;
  deactivatedAt: string | null;
  skills: (SkillResponse & { backup: boolean })[];
  /** Present for the person themself, their managers and admins. */
  contract?: ContractResponse;
  leave?: {
    annualLeaveDays: number;
    carryOverCapDays: number;
    workingWeekdays: number[];
    employmentStart: string | null;
    employmentEnd: string | null;
  };
  managedTeamIds?: string[];
  canSignIn?: boolean;
  version: number;
}
