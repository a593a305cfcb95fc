import { type DynamicModule, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../../config/config.js';
import { CoverageRuleRepository } from '../coverage-rules/coverage-rule.repository.js';
import { FairnessService } from '../fairness/fairness.service.js';
import { RotaRepository } from '../rota/rota.repository.js';
import { RotationRepository } from '../rotations/rotation.repository.js';
import { PLAN_HEARTBEAT_MS, PlanRunner } from './plan-runner.js';
import { PlanRepository } from './plan.repository.js';
import { PlanningRepository } from './planning.repository.js';

/** What a solver worker process needs: the runner and the reads behind it, no HTTP. */
@Module({})
export class PlanWorkerModule {
  static forRoot(config: AppConfig, dataSource: DataSource): DynamicModule {
    return {
      module: PlanWorkerModule,
      providers: [
        { provide: DataSource, useValue: dataSource },
        { provide: PLAN_HEARTBEAT_MS, useValue: config.plans.heartbeatSeconds * 1000 },
        RotationRepository,
        CoverageRuleRepository,
        RotaRepository,
        PlanningRepository,
        FairnessService,
        PlanRepository,
        PlanRunner,
      ],
    };
  }
}
