import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';
import type { Caller } from '../../common/auth/caller.js';
import { CurrentUser } from '../../common/auth/decorators.js';
import { PageQuery } from '../../common/http/pagination.js';
import { AuditService } from './audit.service.js';
import { Optional } from '../../common/validation/validators.js';

export class ListAuditQuery extends PageQuery {
  @ApiPropertyOptional({ example: 'employee' })
  @Optional()
  @IsString()
  @Matches(/^[a-z-]{1,40}$/, { message: 'must be an entity name such as employee' })
  entity?: string;

  @ApiPropertyOptional()
  @Optional()
  @IsString()
  @MaxLength(64)
  entityId?: string;
}

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class AuditController {
  constructor(private readonly service: AuditService) {}

  @Get()
  list(@CurrentUser() caller: Caller, @Query() query: ListAuditQuery) {
    return this.service.list(caller, query);
  }
}
