import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Caller } from '../../common/auth/caller.js';
import { CurrentUser } from '../../common/auth/decorators.js';
import { IdParam } from '../../common/http/params.js';
import {
  CreateShiftTypeDto,
  ListShiftTypesQuery,
  UpdateShiftTypeDto,
} from './dto/shift-type.dto.js';
import { ShiftTypeService } from './shift-type.service.js';

@ApiTags('shift-types')
@ApiBearerAuth()
@Controller('shift-types')
export class ShiftTypeController {
  constructor(private readonly service: ShiftTypeService) {}

  @Get()
  list(@CurrentUser() caller: Caller, @Query() query: ListShiftTypesQuery) {
    return this.service.list(caller, query);
  }

  @Get(':id')
  get(@CurrentUser() caller: Caller, @IdParam() id: string) {
    return this.service.get(caller, id);
  }

  @Post()
  create(@CurrentUser() caller: Caller, @Body() dto: CreateShiftTypeDto) {
    return this.service.create(caller, dto);
  }

  @Patch(':id')
  update(@CurrentUser() caller: Caller, @IdParam() id: string, @Body() dto: UpdateShiftTypeDto) {
    return this.service.update(caller, id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  remove(@CurrentUser() caller: Caller, @IdParam() id: string) {
    return this.service.remove(caller, id);
  }
}
