import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Caller } from '../../common/auth/caller.js';
import { CurrentUser } from '../../common/auth/decorators.js';
import { IdParam } from '../../common/http/params.js';
import { CreateSkillDto, ListSkillsQuery, UpdateSkillDto } from './dto/skill.dto.js';
import { SkillService } from './skill.service.js';

@ApiTags('skills')
@ApiBearerAuth()
@Controller('skills')
export class SkillController {
  constructor(private readonly service: SkillService) {}

  @Get()
  list(@Query() query: ListSkillsQuery) {
    return this.service.list(query);
  }

  @Get(':id')
  get(@IdParam() id: string) {
    return this.service.get(id);
  }

  @Post()
  create(@CurrentUser() caller: Caller, @Body() dto: CreateSkillDto) {
    return this.service.create(caller, dto);
  }

  @Patch(':id')
  update(@CurrentUser() caller: Caller, @IdParam() id: string, @Body() dto: UpdateSkillDto) {
    return this.service.update(caller, id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  remove(@CurrentUser() caller: Caller, @IdParam() id: string) {
    return this.service.remove(caller, id);
  }
}
