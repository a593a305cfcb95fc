import { Readable } from 'node:stream';
import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Inject,
  Param,
  Post,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import { ApiBearerAuth, ApiExcludeEndpoint, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { Caller } from '../../common/auth/caller.js';
import { CurrentUser, Public } from '../../common/auth/decorators.js';
import { IdParam } from '../../common/http/params.js';
import { CLOCK, type Clock } from '../../common/clock.js';
import { CalendarFeedService } from './calendar-feed.service.js';
import { CreateCalendarFeedDto, ListCalendarFeedsQuery } from './dto/calendar-feed.dto.js';
import { FeedService } from './feed.service.js';

@ApiTags('calendar-feeds')
@ApiBearerAuth()
@Controller('calendar-feeds')
export class CalendarFeedController {
  constructor(private readonly service: CalendarFeedService) {}

  @Get()
  list(@CurrentUser() caller: Caller, @Query() query: ListCalendarFeedsQuery) {
    return this.service.list(caller, query.employeeId);
  }

  /** The answer holds the feed's secret address; it is shown this once. */
  @Post()
  create(@CurrentUser() caller: Caller, @Body() dto: CreateCalendarFeedDto) {
    return this.service.create(caller, dto);
  }

  @Post(':id/rotate')
  @HttpCode(200)
  rotate(@CurrentUser() caller: Caller, @IdParam() id: string) {
    return this.service.rotate(caller, id);
  }

  @Delete(':id')
  @HttpCode(204)
  revoke(@CurrentUser() caller: Caller, @IdParam() id: string) {
    return this.service.revoke(caller, id);
  }
}

/** Subscriptions are fetched by calendar clients without a session: the token is the key. */
@Controller('ical')
export class IcalController {
  constructor(
    private readonly feeds: FeedService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Public()
  @ApiExcludeEndpoint()
  @Get(':file')
  async feed(
    @Param('file') file: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const answer = await this.feeds.render(
      file,
      request.ip ?? 'unknown',
      request.headers['if-none-match'],
    );
    response.setHeader('Cache-Control', 'private, no-cache');
    response.setHeader('ETag', answer.etag);
    if (answer.kind === 'not-modified') {
      response.status(304).end();
      return;
    }
    response.status(200);
    response.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    response.setHeader('Content-Disposition', `inline; filename="${answer.filename}"`);
    Readable.from(answer.chunks).pipe(response);
  }
}
