import {
  Body,
  Controller,
  Delete,
  Get,
  Headers,
  HttpCode,
  Patch,
  Post,
  Put,
  Query,
} from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { DomainError } from '@planner/domain';
import { IsIn, IsUUID } from 'class-validator';
import type { Caller } from '../../common/auth/caller.js';
import { CurrentUser } from '../../common/auth/decorators.js';
import { IdParam } from '../../common/http/params.js';
import {
  BalanceQuery,
  CancelDto,
  CarryOverDto,
  CreateBlackoutDto,
  CreateDelegationDto,
  CreateLeaveRequestDto,
  CreateLeaveTypeDto,
  DecisionDto,
  LeaveDraftDto,
  ListLeaveQuery,
  RejectDto,
  SetSkillLimitsDto,
  UpdateLeaveTypeDto,
} from './dto/leave.dto.js';
import { LeaveBalanceService } from './leave-balance.service.js';
import { LeaveSetupService } from './leave-setup.service.js';
import { LeaveService } from './leave.service.js';
import { Optional } from '../../common/validation/validators.js';

class TeamFilter {
  @ApiPropertyOptional() @Optional() @IsUUID('all') teamId?: string;
}

function idempotencyKey(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^[\x21-\x7e]{1,200}$/.test(value)) {
    throw DomainError.validation([
      { field: 'Idempotency-Key', reason: 'must be 1–200 visible ASCII characters' },
    ]);
  }
  return value;
}

export class ImpactQuery {
  @ApiPropertyOptional({
    enum: ['true', 'false'],
    description:
      'Also propose substitutes for each gap (slower: the solver weighs every colleague)',
  })
  @Optional()
  @IsIn(['true', 'false'])
  substitutes?: 'true' | 'false';
}

@ApiTags('leave')
@ApiBearerAuth()
@Controller()
export class LeaveController {
  constructor(
    private readonly service: LeaveService,
    private readonly balances: LeaveBalanceService,
    private readonly setup: LeaveSetupService,
  ) {}

  @Get('leave-requests')
  list(@CurrentUser() caller: Caller, @Query() query: ListLeaveQuery) {
    return this.service.list(caller, query);
  }

  @Post('leave-requests')
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'A retry with the same key returns the first result',
  })
  create(
    @CurrentUser() caller: Caller,
    @Body() dto: CreateLeaveRequestDto,
    @Headers('idempotency-key') key?: string,
  ) {
    return this.service.create(caller, dto, idempotencyKey(key));
  }

  /** What a leave would cost and which duties it would leave uncovered, before anything is stored. */
  @Post('leave-requests/preview')
  @HttpCode(200)
  preview(@CurrentUser() caller: Caller, @Body() dto: LeaveDraftDto, @Query() q: ImpactQuery) {
    return this.service.preview(caller, dto, q.substitutes === 'true');
  }

  @Get('leave-requests/:id')
  get(@CurrentUser() caller: Caller, @IdParam() id: string) {
    return this.service.get(caller, id);
  }

  @Get('leave-requests/:id/impact')
  impact(@CurrentUser() caller: Caller, @IdParam() id: string, @Query() q: ImpactQuery) {
    return this.service.impactOf(caller, id, q.substitutes === 'true');
  }

  @Post('leave-requests/:id/approve')
  @HttpCode(200)
  approve(@CurrentUser() caller: Caller, @IdParam() id: string, @Body() dto: DecisionDto) {
    return this.service.approve(caller, id, dto);
  }

  @Post('leave-requests/:id/reject')
  @HttpCode(200)
  reject(@CurrentUser() caller: Caller, @IdParam() id: string, @Body() dto: RejectDto) {
    return this.service.reject(caller, id, dto);
  }

  @Post('leave-requests/:id/cancel')
  @HttpCode(200)
  cancel(@CurrentUser() caller: Caller, @IdParam() id: string, @Body() dto: CancelDto) {
    return this.service.cancel(caller, id, dto);
  }

  @Get('employees/:id/leave-balance')
  balance(@CurrentUser() caller: Caller, @IdParam() id: string, @Query() query: BalanceQuery) {
    return this.balances.balance(caller, id, query.year);
  }

  @Post('leave-balances/carry-over')
  @HttpCode(200)
  carryOver(@CurrentUser() caller: Caller, @Body() dto: CarryOverDto) {
    return this.balances.carryOver(caller, dto.year);
  }

  @Get('leave-types')
  leaveTypes() {
    return this.setup.leaveTypes();
  }

  @Post('leave-types')
  createLeaveType(@CurrentUser() caller: Caller, @Body() dto: CreateLeaveTypeDto) {
    return this.setup.createLeaveType(caller, dto);
  }

  @Patch('leave-types/:id')
  updateLeaveType(
    @CurrentUser() caller: Caller,
    @IdParam() id: string,
    @Body() dto: UpdateLeaveTypeDto,
  ) {
    return this.setup.updateLeaveType(caller, id, dto);
  }

  @Get('leave-blackouts')
  blackouts(@CurrentUser() caller: Caller, @Query() query: TeamFilter) {
    return this.setup.blackouts(caller, query.teamId);
  }

  @Post('leave-blackouts')
  createBlackout(@CurrentUser() caller: Caller, @Body() dto: CreateBlackoutDto) {
    return this.setup.createBlackout(caller, dto);
  }

  @Delete('leave-blackouts/:id')
  @HttpCode(204)
  deleteBlackout(@CurrentUser() caller: Caller, @IdParam() id: string) {
    return this.setup.deleteBlackout(caller, id);
  }

  @Get('leave-skill-limits')
  skillLimits(@CurrentUser() caller: Caller, @Query() query: TeamFilter) {
    if (!query.teamId) throw DomainError.validation([{ field: 'teamId', reason: 'is required' }]);
    return this.setup.skillLimits(caller, query.teamId);
  }

  @Put('leave-skill-limits')
  setSkillLimits(@CurrentUser() caller: Caller, @Body() dto: SetSkillLimitsDto) {
    return this.setup.setSkillLimits(caller, dto.teamId, dto.limits);
  }

  @Get('approval-delegations')
  delegations(@CurrentUser() caller: Caller) {
    return this.setup.delegations(caller);
  }

  @Post('approval-delegations')
  createDelegation(@CurrentUser() caller: Caller, @Body() dto: CreateDelegationDto) {
    return this.setup.createDelegation(caller, dto);
  }

  @Delete('approval-delegations/:id')
  @HttpCode(204)
  deleteDelegation(@CurrentUser() caller: Caller, @IdParam() id: string) {
    return this.setup.deleteDelegation(caller, id);
  }
}
