import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsUUID, ValidateIf } from 'class-validator';
import { Optional } from '../../../common/validation/validators.js';

export const FEED_KINDS = ['my-schedule', 'team-rota', 'team-absences'] as const;
export type FeedKind = (typeof FEED_KINDS)[number];

export class CreateCalendarFeedDto {
  @ApiProperty({
    enum: FEED_KINDS,
    description:
      "my-schedule: your shifts, cover duties and leave; team-rota: everyone's shifts; team-absences: who is away",
  })
  @IsIn(FEED_KINDS)
  kind: FeedKind;

  @ApiPropertyOptional({ description: 'The team, for team feeds' })
  @ValidateIf((o: CreateCalendarFeedDto) => o.kind !== 'my-schedule' || o.teamId !== undefined)
  @IsUUID('all')
  teamId?: string;

  @ApiPropertyOptional({
    description: 'A manager creates a feed for one of their staff (defaults to the caller)',
  })
  @Optional()
  @IsUUID('all')
  employeeId?: string;
}

export class ListCalendarFeedsQuery {
  @ApiPropertyOptional({ description: "A manager lists a staff member's feeds" })
  @Optional()
  @IsUUID('all')
  employeeId?: string;
}

export interface CalendarFeedResponse {
  id: string;
  employeeId: string;
  kind: FeedKind;
  teamId: string | null;
  createdAt: string;
  rotatedAt: string | null;
  lastFetchedAt: string | null;
}

/** Returned once, when a feed is created or its token rotated: the URL holds the secret. */
export interface CalendarFeedSecret extends CalendarFeedResponse {
  token: string;
  path: string;
}
