import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsString,
  IsUUID,
  Length,
  Matches,
  Min,
} from 'class-validator';
import { PageQuery } from '../../../common/http/pagination.js';
import { IsLocalTime, Optional } from '../../../common/validation/validators.js';

const CODE = /^[A-Za-z0-9][A-Za-z0-9_-]{0,15}$/;
const COLOUR = /^#[0-9a-fA-F]{6}$/;

export class CreateShiftTypeDto {
  @ApiProperty()
  @IsUUID('all')
  teamId: string;

  @ApiProperty({ example: 'N', description: 'Short code shown in the rota' })
  @IsString()
  @Matches(CODE, { message: 'must be 1–16 letters, digits, dashes or underscores' })
  code: string;

  @ApiProperty({ example: 'Night' })
  @IsString()
  @Length(1, 120)
  name: string;

  @ApiProperty({ example: '22:00', description: "Local start in the team's zone" })
  @IsLocalTime()
  startTime: string;

  @ApiProperty({
    example: '06:00',
    description:
      'Local end; at or before the start means the next day (equal = 24 hours, e.g. on-call)',
  })
  @IsLocalTime()
  endTime: string;

  @ApiProperty({ example: '#3b4cc0' })
  @IsString()
  @Matches(COLOUR, { message: 'must be a colour #rrggbb' })
  colour: string;

  @ApiPropertyOptional({ type: [String] })
  @Optional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  requiredSkillIds?: string[];

  @ApiPropertyOptional({
    type: [String],
    description:
      'Shift types of the same team that may not be worked on the day after this one (e.g. no early after a night)',
  })
  @Optional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  cannotBeFollowedBy?: string[];
}

export class UpdateShiftTypeDto extends PartialType(
  OmitType(CreateShiftTypeDto, ['teamId'] as const),
  {
    skipNullProperties: false,
  },
) {
  @ApiPropertyOptional()
  @Optional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class ListShiftTypesQuery extends PageQuery {
  @ApiPropertyOptional()
  @Optional()
  @IsUUID('all')
  teamId?: string;
}

export interface ShiftTypeResponse {
  id: string;
  teamId: string;
  code: string;
  name: string;
  startTime: string;
  endTime: string;
  /** Nominal length; on DST change nights the real length differs by an hour. */
  durationMinutes: number;
  crossesMidnight: boolean;
  colour: string;
  requiredSkillIds: string[];
  /** Shift types that may not be worked on the day after this one. */
  cannotBeFollowedBy: string[];
  version: number;
}
