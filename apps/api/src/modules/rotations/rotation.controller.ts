import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Caller } from '../../common/auth/caller.js';
import { CurrentUser } from '../../common/auth/decorators.js';
import { IdParam } from '../../common/http/params.js';
import {
  CreateRotationDto,
  JoinRotationDto,
  LeaveRotationDto,
  ListRotationsQuery,
  UpdateRotationDto,
} from './dto/rotation.dto.js';
import { RotationService } from './rotation.service.js';

@ApiTags('rotations')
@ApiBearerAuth()
@Controller('rotations')
export class RotationController {
  constructor(private readonly service: RotationService) {}

  @Get()
  list(@CurrentUser() caller: Caller, @Query() query: ListRotationsQuery) {
    return this.service.list(caller, query);
  }

  @Get(':id')
  get(@CurrentUser() caller: Caller, @IdParam() id: string) {
    return this.service.get(caller, id);
  }

  @Post()
  create(@CurrentUser() caller: Caller, @Body() dto: CreateRotationDto) {
    return this.service.create(caller, dto);
  }

  @Patch(':id')
  update(@CurrentUser() caller: Caller, @IdParam() id: string, @Body() dto: UpdateRotationDto) {
    return this.service.update(caller, id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  remove(@CurrentUser() caller: Caller, @IdParam() id: string) {
    return this.service.remove(caller, id);
  }

  @Post(':id/members')
  join(@CurrentUser() caller: Caller, @IdParam() id: string, @Body() dto: JoinRotationDto) {
    return this.service.join(caller, id, dto);
  }

  @Post(':id/members/:memberId/leave')
  @HttpCode(200)
  leave(
    @CurrentUser() caller: Caller,
    @IdParam() id: string,
    @IdParam('memberId') memberId: string,
    @Body() dto: LeaveRotationDto,
  ) {
    return this.service.leave(caller, id, memberId, dto.date);
  }

  @Delete(':id/members/:memberId')
  removeMember(
    @CurrentUser() caller: Caller,
    @IdParam() id: string,
    @IdParam('memberId') memberId: string,
  ) {
    return this.service.removeMember(caller, id, memberId);
  }
}
