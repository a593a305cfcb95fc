import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { PageQuery } from '../../../common/http/pagination.js';
import { IsLocalDate, IsLocalTime, Optional } from '../../../common/validation/validators.js';

export const HOLIDAY_TREATMENTS = ['applies', 'excluded', 'only'] as const;
export type HolidayTreatmentDto = (typeof HOLIDAY_TREATMENTS)[number];

export class CreateCoverageRuleDto {
  @ApiProperty()
  @IsUUID('all')
  teamId: string;

  @ApiProperty({ example: 'Chat on weekdays' })
  @IsString()
  @Length(1, 120)
  name: string;

  @ApiPropertyOptional({ nullable: true, description: 'null = any staff member on shift' })
  @Optional()
  @ValidateIf((_, v) => v !== null)
  @IsUUID('all')
  skillId?: string | null;

  @ApiProperty({ example: '08:00', description: "Local time in the team's zone" })
  @IsLocalTime()
  startTime: string;

  @ApiProperty({
    example: '20:00',
    description: 'End ≤ start crosses midnight; equal means 24 hours',
  })
  @IsLocalTime()
  endTime: string;

  @ApiPropertyOptional({ example: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', default: 'FREQ=DAILY' })
  @Optional()
  @IsString()
  @MaxLength(500)
  recurrence?: string;

  @ApiProperty({ example: 2 })
  @IsInt()
  @Min(0)
  @Max(10000)
  minHeadcount: number;

  @ApiPropertyOptional({ example: 3, description: 'Defaults to minHeadcount' })
  @Optional()
  @IsInt()
  @Min(0)
  @Max(10000)
  idealHeadcount?: number;

  @ApiPropertyOptional({ example: 2, description: '1 = most critical … 5', default: 3 })
  @Optional()
  @IsInt()
  @Min(1)
  @Max(5)
  priority?: number;

  @ApiPropertyOptional({ nullable: true, example: '2027-11-22' })
  @Optional()
  @ValidateIf((_, v) => v !== null)
  @IsLocalDate()
  validFrom?: string | null;

  @ApiPropertyOptional({ nullable: true, example: '2027-11-29', description: 'Inclusive' })
  @Optional()
  @ValidateIf((_, v) => v !== null)
  @IsLocalDate()
  validTo?: string | null;

  @ApiPropertyOptional({ enum: HOLIDAY_TREATMENTS, default: 'applies' })
  @Optional()
  @IsIn(HOLIDAY_TREATMENTS)
  holidays?: HolidayTreatmentDto;

  @ApiPropertyOptional({
    description:
      'A seasonal override: replaces the base rules of the same skill inside its validity',
  })
  @Optional()
  @IsBoolean()
  overrides?: boolean;
}

export class UpdateCoverageRuleDto {
  @ApiPropertyOptional() @Optional() @IsString() @Length(1, 120) name?: string;

  @ApiPropertyOptional({ nullable: true })
  @Optional()
  @ValidateIf((_, v) => v !== null)
  @IsUUID('all')
  skillId?: string | null;

  @ApiPropertyOptional() @Optional() @IsLocalTime() startTime?: string;
  @ApiPropertyOptional() @Optional() @IsLocalTime() endTime?: string;
  @ApiPropertyOptional() @Optional() @IsString() @MaxLength(500) recurrence?: string;
  @ApiPropertyOptional() @Optional() @IsInt() @Min(0) @Max(10000) minHeadcount?: number;
  @ApiPropertyOptional() @Optional() @IsInt() @Min(0) @Max(10000) idealHeadcount?: number;
  @ApiPropertyOptional() @Optional() @IsInt() @Min(1) @Max(5) priority?: number;

  @ApiPropertyOptional({ nullable: true })
  @Optional()
  @ValidateIf((_, v) => v !== null)
  @IsLocalDate()
  validFrom?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @Optional()
  @ValidateIf((_, v) => v !== null)
  @IsLocalDate()
  validTo?: string | null;

  @ApiPropertyOptional({ enum: HOLIDAY_TREATMENTS })
  @Optional()
  @IsIn(HOLIDAY_TREATMENTS)
  holidays?: HolidayTreatmentDto;
  @ApiPropertyOptional() @Optional() @IsBoolean() overrides?: boolean;
  @ApiPropertyOptional() @Optional() @IsInt() @Min(1) version?: number;
}

export class ListCoverageRulesQuery extends PageQuery {
  @ApiPropertyOptional() @Optional() @IsUUID('all') teamId?: string;
}

export interface CoverageRuleResponse {
  id: string;
  teamId: string;
  name: string;
  skillId: string | null;
  startTime: string;
  endTime: string;
  recurrence: string;
  minHeadcount: number;
  idealHeadcount: number;
  priority: number;
  validFrom: string | null;
  validTo: string | null;
  holidays: HolidayTreatmentDto;
  overrides: boolean;
  version: number;
}
