import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Caller } from '../../common/auth/caller.js';
import { CurrentUser } from '../../common/auth/decorators.js';
import { TeamPeriodQuery } from '../../common/http/team-period.js';
import { FairnessService } from './fairness.service.js';

@ApiTags('fairness')
@ApiBearerAuth()
@Controller('fairness')
export class FairnessController {
  constructor(private readonly service: FairnessService) {}

  /** Cover duties, nights, weekends and public holidays per person and month, with the fair share. */
  @Get()
  report(@CurrentUser() caller: Caller, @Query() q: TeamPeriodQuery) {
    return this.service.report(caller, q.teamId, q.from, q.to);
  }
}
