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
  ValidateIf,
} from 'class-validator';
import { PageQuery } from '../../../common/http/pagination.js';
import { IsTimeZoneName, Optional } from '../../../common/validation/validators.js';

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
  version: number;
  createdAt: string;
  updatedAt: string;
}
