import { Body, Controller, Get, HttpCode, Post, Query, Sse } from '@nestjs/common';
import { ApiBearerAuth, ApiQuery, ApiTags } from '@nestjs/swagger';
import { map, type Observable } from 'rxjs';
import type { Caller } from '../../common/auth/caller.js';
import { AllowQueryToken, CurrentUser } from '../../common/auth/decorators.js';
import { IdParam } from '../../common/http/params.js';
import { CreatePlanDto, ListPlansQuery } from './dto/plan.dto.js';
import { PlanService } from './plan.service.js';

@ApiTags('plans')
@ApiBearerAuth()
@Controller('plans')
export class PlanController {
  constructor(private readonly service: PlanService) {}

  /** Starts a solver run (build or repair); answers at once with the queued plan. */
  @Post()
  @HttpCode(202)
  create(@CurrentUser() caller: Caller, @Body() dto: CreatePlanDto) {
    return this.service.create(caller, dto);
  }

  @Get()
  list(@CurrentUser() caller: Caller, @Query() q: ListPlansQuery) {
    return this.service.list(caller, q.teamId);
  }

  /** Status, best score over time, and the proposed diff with explanations. */
  @Get(':id')
  get(@CurrentUser() caller: Caller, @IdParam() id: string) {
    return this.service.get(caller, id);
  }

  /** Server-sent events: `progress` (best score so far) and `status`, until the plan ends. */
  @Sse(':id/events')
  @AllowQueryToken()
  @ApiQuery({ name: 'access_token', required: false, description: 'For EventSource clients' })
  events(
    @CurrentUser() caller: Caller,
    @IdParam() id: string,
  ): Observable<{ type: string; data: object }> {
    return this.service.events(caller, id).pipe(map((e) => ({ type: e.type, data: e.data })));
  }

  /** Applies the diff in one transaction; 409 PLAN_STALE when the rota changed since. */
  @Post(':id/publish')
  @HttpCode(200)
  publish(@CurrentUser() caller: Caller, @IdParam() id: string) {
    return this.service.publish(caller, id);
  }

  /** Stops a queued or running plan, or discards a finished one. */
  @Post(':id/cancel')
  @HttpCode(200)
  cancel(@CurrentUser() caller: Caller, @IdParam() id: string) {
    return this.service.cancel(caller, id);
  }
}
