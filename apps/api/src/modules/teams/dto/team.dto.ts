import { applyDecorators } from '@nestjs/common';
import { Type } from 'class-transformer';
import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  Min,
  IsBoolean,
  Max,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { PageQuery } from '../../../common/http/pagination.js';
import { IsTimeZoneName, Optional } from '../../../common/validation/validators.js';
import type { TeamSolverWeights } from '../../plans/roster-mapping.js';

export class CreateTeamDto {
  @ApiProperty({ example: 'EMEA Support', maxLength: 120 })
  @IsString()
  @Length(1, 120)
  name: string;

  @ApiProperty({ example: 'Europe/Warsaw', description: 'IANA time zone of the team' })
  @IsTimeZoneName()
  timeZone: string;

  @ApiProperty({ example: 'PL', description: 'ISO 3166-1 country code, for public holidays' })
  @IsString()
  @Matches(/^[A-Z]{2}$/, { message: 'must be a two-letter ISO country code such as PL' })
  countryCode: string;

  @ApiPropertyOptional({ example: 'BY', nullable: true, description: 'Region within the country' })
  @Optional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @Matches(/^[A-Z0-9]{1,3}$/, { message: 'must be a region code such as BY' })
  regionCode?: string | null;

  @ApiPropertyOptional({ type: [String], description: 'Managers of the team (admin only)' })
  @Optional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  managerIds?: string[];
}

/** Every field of a team may change; `version` guards against overwriting someone else's edit. */
const weight = (description: string) =>
  applyDecorators(
    ApiPropertyOptional({ minimum: 0, maximum: 100000, description }),
    Optional(),
    IsInt(),
    Min(0),
    Max(100000),
  );

/** Costs the solver weighs against each other (whole numbers; higher matters more). */
export class SolverWeightsDto {
  @weight('per person missing below a minimum (by priority: +40 % a step)') belowMinimum?: number;
  @weight('per person missing below the ideal headcount') belowIdeal?: number;
  @weight('per person above the maximum') overStaffing?: number;
  @weight('per shift changed against the published rota') stability?: number;
  @weight('per hand-over between substitutes covering one absence') continuity?: number;
  @weight('per squared unit off the fair share of nights, weekends, holidays') fairness?: number;
  @weight('per squared unit off the fair share of cover duties') coverFairness?: number;
  @weight("per point of a wish's weight (1–10) not granted") wishes?: number;
  @weight('per night given to someone who does not work nights') nights?: number;
  @weight("per shift starting between 21:00 and 06:00 in the person's own zone")
  unsocialHours?: number;
  @weight('per shift worked by the backup pool') backup?: number;
}

export class UpdateTeamDto extends PartialType(CreateTeamDto, { skipNullProperties: false }) {
  @ApiPropertyOptional({
    nullable: true,
    description: 'Most people of the team away at once (leave policy)',
  })
  @Optional()
  @ValidateIf((_, v) => v !== null)
  @IsInt()
  @Min(0)
  maxPeopleOff?: number | null;

  @ApiPropertyOptional({ description: 'Whether leave may take a balance below zero' })
  @Optional()
  @IsBoolean()
  allowNegativeBalance?: boolean;

  @ApiPropertyOptional({
    type: () => SolverWeightsDto,
    description: 'The solver weights this team sets for its plans (unset ones keep their defaults)',
  })
  @Optional()
  @ValidateNested()
  @Type(() => SolverWeightsDto)
  solverWeights?: SolverWeightsDto;

  @ApiPropertyOptional({ description: 'The version you edited; a stale one gets 409' })
  @Optional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class ListTeamsQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Search in the name' })
  @Optional()
  @IsString()
  @MaxLength(120)
  q?: string;
}

export interface TeamResponse {
  id: string;
  name: string;
  timeZone: string;
  countryCode: string;
  regionCode: string | null;
  managerIds: string[];
  maxPeopleOff: number | null;
  allowNegativeBalance: boolean;
  solverWeights: TeamSolverWeights;
  version: number;
  createdAt: string;
  updatedAt: string;
}
