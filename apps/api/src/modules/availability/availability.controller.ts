import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Caller } from '../../common/auth/caller.js';
import { CurrentUser } from '../../common/auth/decorators.js';
import { IdParam } from '../../common/http/params.js';
import { AvailabilityService } from './availability.service.js';
import { SetAvailabilityDto } from './dto/availability.dto.js';

@ApiTags('availability')
@ApiBearerAuth()
@Controller('employees/:id/availability')
export class AvailabilityController {
  constructor(private readonly service: AvailabilityService) {}

  @Get()
  get(@CurrentUser() caller: Caller, @IdParam() id: string) {
    return this.service.get(caller, id);
  }

  /** Replaces the person's unavailability windows and preferences. */
  @Put()
  set(@CurrentUser() caller: Caller, @IdParam() id: string, @Body() dto: SetAvailabilityDto) {
    return this.service.set(caller, id, dto);
  }
}
