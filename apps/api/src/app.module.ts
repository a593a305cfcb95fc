import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { AuthGuard } from './common/auth/auth.guard.js';
import { ProblemFilter } from './common/http/problem.filter.js';
import { APP_CONFIG, type AppConfig } from './config/config.js';
import { CLOCK, type Clock } from './common/clock.js';
import { DatabaseProbe } from './database/database-probe.js';
import { UnitOfWork } from './database/unit-of-work.js';
import { AssignmentController } from './modules/assignments/assignment.controller.js';
import { AssignmentRepository } from './modules/assignments/assignment.repository.js';
import { AssignmentService } from './modules/assignments/assignment.service.js';
import { CoverageRuleController } from './modules/coverage-rules/coverage-rule.controller.js';
import { CoverageRuleRepository } from './modules/coverage-rules/coverage-rule.repository.js';
import { CoverageRuleService } from './modules/coverage-rules/coverage-rule.service.js';
import { RotaController } from './modules/rota/rota.controller.js';
import { RotaRepository } from './modules/rota/rota.repository.js';
import { RotaService } from './modules/rota/rota.service.js';
import { RotationController } from './modules/rotations/rotation.controller.js';
import { RotationRepository } from './modules/rotations/rotation.repository.js';
import { RotationService } from './modules/rotations/rotation.service.js';
import { LeaveBalanceService } from './modules/leave/leave-balance.service.js';
import { LeaveSetupService } from './modules/leave/leave-setup.service.js';
import { LeaveController } from './modules/leave/leave.controller.js';
import { LeaveRepository } from './modules/leave/leave.repository.js';
import { LeaveService } from './modules/leave/leave.service.js';
import {
  CalendarFeedController,
  IcalController,
} from './modules/calendar-feeds/calendar-feed.controller.js';
import { CalendarFeedRepository } from './modules/calendar-feeds/calendar-feed.repository.js';
import { CalendarFeedService } from './modules/calendar-feeds/calendar-feed.service.js';
import { FeedService } from './modules/calendar-feeds/feed.service.js';
import { AvailabilityController } from './modules/availability/availability.controller.js';
import { AvailabilityRepository } from './modules/availability/availability.repository.js';
import { AvailabilityService } from './modules/availability/availability.service.js';
import { ImportController } from './modules/imports/import.controller.js';
import { ImportRepository } from './modules/imports/import.repository.js';
import { ImportService } from './modules/imports/import.service.js';
import { AuditController } from './modules/audit/audit.controller.js';
import { AuditRepository } from './modules/audit/audit.repository.js';
import { AuditService } from './modules/audit/audit.service.js';
import { AuthController } from './modules/auth/auth.controller.js';
import { AuthRepository } from './modules/auth/auth.repository.js';
import { AuthService } from './modules/auth/auth.service.js';
import { EmployeeController } from './modules/employees/employee.controller.js';
import { EmployeeRepository } from './modules/employees/employee.repository.js';
import { EmployeeService } from './modules/employees/employee.service.js';
import { HealthController } from './modules/health/health.controller.js';
import { ShiftTypeController } from './modules/shift-types/shift-type.controller.js';
import { ShiftTypeRepository } from './modules/shift-types/shift-type.repository.js';
import { ShiftTypeService } from './modules/shift-types/shift-type.service.js';
import { SkillController } from './modules/skills/skill.controller.js';
import { SkillRepository } from './modules/skills/skill.repository.js';
import { SkillService } from './modules/skills/skill.service.js';
import { TeamController } from './modules/teams/team.controller.js';
import { TeamRepository } from './modules/teams/team.repository.js';
import { TeamService } from './modules/teams/team.service.js';
import { FairnessController } from './modules/fairness/fairness.controller.js';
import { FairnessService } from './modules/fairness/fairness.service.js';
import { PlanController } from './modules/plans/plan.controller.js';
import { BullPlanQueue, InProcessPlanQueue, PlanQueue } from './modules/plans/plan-queue.js';
import { PLAN_HEARTBEAT_MS, PlanRunner } from './modules/plans/plan-runner.js';
import { PlanRepository } from './modules/plans/plan.repository.js';
import { PlanService } from './modules/plans/plan.service.js';
import { PlanningRepository } from './modules/plans/planning.repository.js';

@Module({})
export class AppModule {
  /** The data source is created (and migrated) before Nest starts, then handed in. */
  static forRoot(
    config: AppConfig,
    dataSource: DataSource,
    clock: Clock = () => new Date(),
  ): DynamicModule {
    return {
      module: AppModule,
      controllers: [
        HealthController,
        AuthController,
        TeamController,
        SkillController,
        EmployeeController,
        ShiftTypeController,
        CoverageRuleController,
        RotationController,
        AssignmentController,
        RotaController,
        LeaveController,
        CalendarFeedController,
        AvailabilityController,
        ImportController,
        IcalController,
        AuditController,
        PlanController,
        FairnessController,
      ],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: DataSource, useValue: dataSource },
        { provide: CLOCK, useValue: clock },
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: ProblemFilter },
        UnitOfWork,
        DatabaseProbe,
        AuditRepository,
        AuditService,
        AuthRepository,
        AuthService,
        TeamRepository,
        TeamService,
        SkillRepository,
        SkillService,
        EmployeeRepository,
        EmployeeService,
        ShiftTypeRepository,
        ShiftTypeService,
        CoverageRuleRepository,
        CoverageRuleService,
        RotationRepository,
        RotationService,
        RotaRepository,
        RotaService,
        AssignmentRepository,
        AssignmentService,
        LeaveRepository,
        LeaveService,
        LeaveBalanceService,
        LeaveSetupService,
        CalendarFeedRepository,
        CalendarFeedService,
        FeedService,
        AvailabilityRepository,
        AvailabilityService,
        ImportRepository,
        ImportService,
        PlanningRepository,
        FairnessService,
        PlanRepository,
        PlanRunner,
        PlanService,
        { provide: PLAN_HEARTBEAT_MS, useValue: config.plans.heartbeatSeconds * 1000 },
        {
          provide: PlanQueue,
          inject: [PlanRunner],
          // With REDIS_URL, `npm run worker` processes take the plans; otherwise this process does.
          useFactory: (runner: PlanRunner): PlanQueue =>
            config.redisUrl
              ? new BullPlanQueue(config.redisUrl)
              : new InProcessPlanQueue(runner, config.plans.concurrency),
        },
      ],
    };
  }
}
