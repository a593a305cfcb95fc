import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Caller } from '../../common/auth/caller.js';
import { CurrentUser } from '../../common/auth/decorators.js';
import { IdParam } from '../../common/http/params.js';
import { CoverageRuleService } from './coverage-rule.service.js';
import {
  CreateCoverageRuleDto,
  ListCoverageRulesQuery,
  UpdateCoverageRuleDto,
} from './dto/coverage-rule.dto.js';

@ApiTags('coverage-rules')
@ApiBearerAuth()
@Controller('coverage-rules')
export class CoverageRuleController {
  constructor(private readonly service: CoverageRuleService) {}

  @Get()
  list(@CurrentUser() caller: Caller, @Query() query: ListCoverageRulesQuery) {
    return this.service.list(caller, query);
  }

  @Get(':id')
  get(@CurrentUser() caller: Caller, @IdParam() id: string) {
    return this.service.get(caller, id);
  }

  @Post()
  create(@CurrentUser() caller: Caller, @Body() dto: CreateCoverageRuleDto) {
    return this.service.create(caller, dto);
  }

  @Patch(':id')
  update(@CurrentUser() caller: Caller, @IdParam() id: string, @Body() dto: UpdateCoverageRuleDto) {
    return this.service.update(caller, id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  remove(@CurrentUser() caller: Caller, @IdParam() id: string) {
    return this.service.remove(caller, id);
  }
}
