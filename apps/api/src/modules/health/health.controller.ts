import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../../common/auth/decorators.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { DatabaseProbe } from '../../database/database-probe.js';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly probe: DatabaseProbe,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** 200 when the database answers, 503 when it does not; says which database is in use. */
  @Public()
  @Get()
  async check(@Res({ passthrough: true }) response: Response) {
    const database = this.config.databaseUrl ? 'external' : 'embedded';
    try {
      await this.probe.ping();
      return { status: 'ok', database };
    } catch {
      response.status(503);
      return { status: 'unavailable', database, detail: 'The database does not answer.' };
    }
  }
}
