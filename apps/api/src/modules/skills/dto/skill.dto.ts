import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { IsIn, IsString, Length, Matches, MaxLength } from 'class-validator';
import { PageQuery } from '../../../common/http/pagination.js';
import { Optional } from '../../../common/validation/validators.js';

export const SKILL_CATEGORIES = ['channel', 'language', 'role', 'other'] as const;
export type SkillCategory = (typeof SKILL_CATEGORIES)[number];

export class CreateSkillDto {
  @ApiProperty({ example: 'chat', description: 'lower-case letters, digits and dashes' })
  @IsString()
  @Matches(/^[a-z0-9][a-z0-9-]{0,39}$/, {
    message: 'must be 1–40 lower-case letters, digits or dashes, e.g. chat or tier-2',
  })
  code: string;

  @ApiProperty({ example: 'Chat' })
  @IsString()
  @Length(1, 120)
  name: string;

  @ApiPropertyOptional({ enum: SKILL_CATEGORIES, default: 'other' })
  @Optional()
  @IsIn(SKILL_CATEGORIES)
  category?: SkillCategory;
}

/** The code is the skill's identity; name and category may change. */
export class UpdateSkillDto extends PartialType(OmitType(CreateSkillDto, ['code'] as const), {
  skipNullProperties: false,
}) {}

export class ListSkillsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: SKILL_CATEGORIES })
  @Optional()
  @IsIn(SKILL_CATEGORIES)
  category?: SkillCategory;

  @ApiPropertyOptional()
  @Optional()
  @IsString()
  @MaxLength(120)
  q?: string;
}

export interface SkillResponse {
  id: string;
  code: string;
  name: string;
  category: SkillCategory;
}
