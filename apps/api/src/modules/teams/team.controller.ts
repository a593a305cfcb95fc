import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { IdParam } from '../../common/http/params.js';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Caller } from '../../common/auth/caller.js';
import { CurrentUser } from '../../common/auth/decorators.js';
import { CreateTeamDto, ListTeamsQuery, UpdateTeamDto } from './dto/team.dto.js';
import { TeamService } from './team.service.js';

@ApiTags('teams')
@ApiBearerAuth()
@Controller('teams')
export class TeamController {
  constructor(private readonly service: TeamService) {}

  @Get()
  list(@CurrentUser() caller: Caller, @Query() query: ListTeamsQuery) {
    return this.service.list(caller, query);
  }

  @Get(':id')
  get(@CurrentUser() caller: Caller, @IdParam() id: string) {
    return this.service.get(caller, id);
  }

  @Post()
  create(@CurrentUser() caller: Caller, @Body() dto: CreateTeamDto) {
    return this.service.create(caller, dto);
  }

  @Patch(':id')
  update(@CurrentUser() caller: Caller, @IdParam() id: string, @Body() dto: UpdateTeamDto) {
    return this.service.update(caller, id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  remove(@CurrentUser() caller: Caller, @IdParam() id: string) {
    return this.service.remove(caller, id);
  }
}
