import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { IsLocalDate } from '../validation/validators.js';

/** A team and an inclusive range of roster dates. */
export class TeamPeriodQuery {
  @ApiProperty() @IsUUID('all') teamId: string;

  @ApiProperty({ example: '2026-12-01', description: 'First roster date' })
  @IsLocalDate()
  from: string;

  @ApiProperty({ example: '2026-12-31', description: 'Last roster date (inclusive)' })
  @IsLocalDate()
  to: string;
}
