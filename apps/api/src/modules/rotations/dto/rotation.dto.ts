import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { PageQuery } from '../../../common/http/pagination.js';
import { IsLocalDate, Optional } from '../../../common/validation/validators.js';

export class RotationMemberDto {
  @ApiProperty() @IsUUID('all') employeeId: string;

  @ApiPropertyOptional({
    description: 'Days after the anchor at which this member is on cycle day 0',
    default: 0,
  })
  @Optional()
  @IsInt()
  @Min(-100000)
  @Max(100000)
  offsetDays?: number;

  @ApiProperty({ example: '2027-01-04', description: 'First day in the rotation' })
  @IsLocalDate()
  from: string;

  @ApiPropertyOptional({
    nullable: true,
    description: 'First day no longer in the rotation (exclusive)',
  })
  @Optional()
  @ValidateIf((_, v) => v !== null)
  @IsLocalDate()
  to?: string | null;
}

export class CreateRotationDto {
  @ApiProperty() @IsUUID('all') teamId: string;
  @ApiProperty({ example: '4-week E/L/N' }) @IsString() @Length(1, 120) name: string;

  @ApiProperty({ example: '2027-01-04', description: 'Cycle day 0' })
  @IsLocalDate()
  anchorDate: string;

  @ApiProperty({
    type: [String],
    description: 'One entry per cycle day: a shift type id, or null for a day off',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @ValidateIf((_, v) => v !== null, { each: true })
  @IsUUID('all', { each: true })
  pattern: (string | null)[];

  @ApiPropertyOptional({ type: [RotationMemberDto] })
  @Optional()
  @IsArray()
  @ArrayMaxSize(2000)
  @ValidateNested({ each: true })
  @Type(() => RotationMemberDto)
  members?: RotationMemberDto[];
}

export class UpdateRotationDto {
  @ApiPropertyOptional() @Optional() @IsString() @Length(1, 120) name?: string;
  @ApiPropertyOptional() @Optional() @IsLocalDate() anchorDate?: string;

  @ApiPropertyOptional({ type: [String] })
  @Optional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @ValidateIf((_, v) => v !== null, { each: true })
  @IsUUID('all', { each: true })
  pattern?: (string | null)[];

  @ApiPropertyOptional() @Optional() @IsInt() @Min(1) version?: number;
}

export class JoinRotationDto extends RotationMemberDto {}

export class LeaveRotationDto {
  @ApiProperty({ example: '2027-06-01', description: 'First day no longer in the rotation' })
  @IsLocalDate()
  date: string;
}

export class ListRotationsQuery extends PageQuery {
  @ApiPropertyOptional() @Optional() @IsUUID('all') teamId?: string;
}

export interface RotationMemberResponse {
  id: string;
  employeeId: string;
  offsetDays: number;
  from: string;
  to: string | null;
}

export interface RotationResponse {
  id: string;
  teamId: string;
  name: string;
  anchorDate: string;
  cycleDays: number;
  pattern: (string | null)[];
  members: RotationMemberResponse[];
  version: number;
}
