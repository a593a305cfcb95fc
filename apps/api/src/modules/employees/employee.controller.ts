import { Body, Controller, Delete, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Caller } from '../../common/auth/caller.js';
import { CurrentUser } from '../../common/auth/decorators.js';
import { IdParam } from '../../common/http/params.js';
import { CreateEmployeeDto, ListEmployeesQuery, UpdateEmployeeDto } from './dto/employee.dto.js';
import { EmployeeService } from './employee.service.js';

@ApiTags('employees')
@ApiBearerAuth()
@Controller('employees')
export class EmployeeController {
  constructor(private readonly service: EmployeeService) {}

  @Get()
  list(@CurrentUser() caller: Caller, @Query() query: ListEmployeesQuery) {
    return this.service.list(caller, query);
  }

  @Get(':id')
  get(@CurrentUser() caller: Caller, @IdParam() id: string) {
    return this.service.get(caller, id);
  }

  @Post()
  create(@CurrentUser() caller: Caller, @Body() dto: CreateEmployeeDto) {
    return this.service.create(caller, dto);
  }

  @Patch(':id')
  update(@CurrentUser() caller: Caller, @IdParam() id: string, @Body() dto: UpdateEmployeeDto) {
    return this.service.update(caller, id, dto);
  }

  /** Deactivates; the person's history stays. */
  @Delete(':id')
  deactivate(@CurrentUser() caller: Caller, @IdParam() id: string) {
    return this.service.deactivate(caller, id);
  }
}
