import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
  type ValueTransformer,
} from 'typeorm';

/** pg returns numeric as text; the contract's fractional fields are small, so a number is exact enough. */
const numeric: ValueTransformer = {
  to: (value: number | null) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

export type Role = 'admin' | 'manager' | 'employee';

@Entity({ name: 'employee' })
export class EmployeeEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'team_id' }) teamId: string;
  @Column('text') name: string;
  @Column('text') email: string;
  @Column('text', { name: 'home_time_zone' }) homeTimeZone: string;
  @Column('text') role: Role;
  @Column('text', { name: 'password_hash', nullable: true, select: false }) passwordHash:
    string | null;
  @Column('integer', { name: 'weekly_minutes' }) weeklyMinutes: number;
  @Column('numeric', { transformer: numeric }) fte: number;
  @Column('integer', { name: 'max_shifts_per_period', nullable: true }) maxShiftsPerPeriod:
    number | null;
  @Column('integer', { name: 'max_minutes_per_period', nullable: true }) maxMinutesPerPeriod:
    number | null;
  @Column('integer', { name: 'min_minutes_per_period', nullable: true }) minMinutesPerPeriod:
    number | null;
  @Column('integer', { name: 'period_days' }) periodDays: number;
  @Column('numeric', { name: 'min_rest_hours', transformer: numeric }) minRestHours: number;
  @Column('integer', { name: 'max_consecutive_days' }) maxConsecutiveDays: number;
  @Column('smallint', { name: 'min_consecutive_days' }) minConsecutiveDays: number;
  @Column('smallint', { name: 'min_consecutive_days_off' }) minConsecutiveDaysOff: number;
  @Column('integer', { name: 'max_weekends_per_4_weeks' }) maxWeekendsPer4Weeks: number;
  @Column('numeric', { name: 'annual_leave_days', transformer: numeric }) annualLeaveDays: number;
  @Column('numeric', { name: 'carry_over_cap_days', transformer: numeric })
  carryOverCapDays: number;
  @Column('smallint', { name: 'working_weekdays', array: true }) workingWeekdays: number[];
  @Column('date', { name: 'employment_start', nullable: true }) employmentStart: string | null;
  @Column('date', { name: 'employment_end', nullable: true }) employmentEnd: string | null;
  @Column('boolean') active: boolean;
  @Column('timestamptz', { name: 'deactivated_at', nullable: true }) deactivatedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
  @VersionColumn() version: number;
}
