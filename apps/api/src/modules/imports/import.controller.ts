import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Caller } from '../../common/auth/caller.js';
import { CurrentUser } from '../../common/auth/decorators.js';
import { ImportDto } from './import.dto.js';
import { ImportService } from './import.service.js';

@ApiTags('imports')
@ApiBearerAuth()
@Controller('imports')
export class ImportController {
  constructor(private readonly service: ImportService) {}

  /** Staff from a spreadsheet: name, email, skills (codes separated by ;), homeTimeZone, weeklyHours, annualLeaveDays. */
  @Post('staff')
  @HttpCode(200)
  staff(@CurrentUser() caller: Caller, @Body() dto: ImportDto) {
    return this.service.staff(caller, dto.teamId, dto.csv, dto.commit);
  }

  /** Leave already taken or agreed: email, type (leave type code), startDate, endDate, halfDay. */
  @Post('leave')
  @HttpCode(200)
  leave(@CurrentUser() caller: Caller, @Body() dto: ImportDto) {
    return this.service.leaveRecords(caller, dto.teamId, dto.csv, dto.commit);
  }
}
