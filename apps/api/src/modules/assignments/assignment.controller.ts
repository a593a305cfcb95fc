import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Caller } from '../../common/auth/caller.js';
import { CurrentUser } from '../../common/auth/decorators.js';
import { IdParam } from '../../common/http/params.js';
import { AssignmentService } from './assignment.service.js';
import { CancelShiftDto, CreateAssignmentDto, UpdateAssignmentDto } from './dto/assignment.dto.js';

@ApiTags('assignments')
@ApiBearerAuth()
@Controller()
export class AssignmentController {
  constructor(private readonly service: AssignmentService) {}

  @Get('assignments/:id')
  get(@CurrentUser() caller: Caller, @IdParam() id: string) {
    return this.service.get(caller, id);
  }

  @Post('assignments')
  create(@CurrentUser() caller: Caller, @Body() dto: CreateAssignmentDto) {
    return this.service.create(caller, dto);
  }

  @Patch('assignments/:id')
  update(@CurrentUser() caller: Caller, @IdParam() id: string, @Body() dto: UpdateAssignmentDto) {
    return this.service.update(caller, id, dto);
  }

  @Delete('assignments/:id')
  @HttpCode(204)
  remove(@CurrentUser() caller: Caller, @IdParam() id: string) {
    return this.service.remove(caller, id);
  }

  /** Takes one shift off the rota: deletes an assignment or cancels one rotation occurrence. */
  @Post('rota/shifts/:key/cancel')
  @HttpCode(204)
  cancel(@CurrentUser() caller: Caller, @Param('key') key: string, @Body() dto: CancelShiftDto) {
    return this.service.cancelShift(caller, key, dto.reason ?? null);
  }

  @Post('rota/shifts/:key/restore')
  @HttpCode(204)
  restore(@CurrentUser() caller: Caller, @Param('key') key: string) {
    return this.service.restoreShift(caller, key);
  }
}
