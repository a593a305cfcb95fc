import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsLocalDate, IsLocalTime, Optional } from '../../../common/validation/validators.js';

/** A recurring window the person cannot work, in their home zone (e.g. a Tuesday evening class). */
export class UnavailabilityDto {
  @ApiProperty({ example: '17:00' }) @IsLocalTime() startTime: string;
  @ApiProperty({ example: '21:00', description: 'At or before the start means the next day' })
  @IsLocalTime()
  endTime: string;

  @ApiProperty({ example: 'FREQ=WEEKLY;BYDAY=TU' })
  @IsString()
  @MaxLength(500)
  recurrence: string;

  @ApiProperty({ example: '2027-02-01' }) @IsLocalDate() validFrom: string;

  @ApiPropertyOptional({ nullable: true, example: '2027-06-30', description: 'Inclusive' })
  @Optional()
  @ValidateIf((_, v) => v !== null)
  @IsLocalDate()
  validTo?: string | null;

  @ApiPropertyOptional() @Optional() @IsString() @MaxLength(500) note?: string;
}

/** A wish the solver weighs: a weekday, a date and/or a shift type to get or to avoid. */
export class PreferenceDto {
  @ApiProperty({ enum: ['prefer', 'avoid'] }) @IsIn(['prefer', 'avoid']) wish: 'prefer' | 'avoid';

  @ApiPropertyOptional({ minimum: 1, maximum: 7, description: '1 = Monday' })
  @Optional()
  @IsInt()
  @Min(1)
  @Max(7)
  weekday?: number;

  @ApiPropertyOptional({ example: '2027-12-24' }) @Optional() @IsLocalDate() date?: string;
  @ApiPropertyOptional() @Optional() @IsUUID('all') shiftTypeId?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 10, default: 3 })
  @Optional()
  @IsInt()
  @Min(1)
  @Max(10)
  weight?: number;

  @ApiPropertyOptional() @Optional() @IsString() @MaxLength(500) note?: string;
}

export class SetAvailabilityDto {
  @ApiPropertyOptional({ description: 'Whether the person works night shifts' })
  @Optional()
  @IsBoolean()
  worksNights?: boolean;

  @ApiPropertyOptional({
    nullable: true,
    description: 'The most cover duties a month the person would like',
  })
  @Optional()
  @ValidateIf((_, v) => v !== null)
  @IsInt()
  @Min(0)
  @Max(62)
  maxCoverDutiesPerMonth?: number | null;

  @ApiProperty({ type: [UnavailabilityDto] })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => UnavailabilityDto)
  unavailable: UnavailabilityDto[];

  @ApiProperty({ type: [PreferenceDto] })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => PreferenceDto)
  preferences: PreferenceDto[];
}

export interface AvailabilityResponse {
  employeeId: string;
  worksNights: boolean;
  maxCoverDutiesPerMonth: number | null;
  unavailable: {
    id: string;
    startTime: string;
    endTime: string;
    recurrence: string;
    validFrom: string;
    validTo: string | null;
    note: string | null;
  }[];
  preferences: {
    id: string;
    wish: 'prefer' | 'avoid';
    weekday: number | null;
    date: string | null;
    shiftTypeId: string | null;
    weight: number;
    note: string | null;
  }[];
}
