import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

@Entity({ name: 'coverage_rule' })
export class CoverageRuleEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'team_id' }) teamId: string;
  @Column('text') name: string;
  @Column('uuid', { name: 'skill_id', nullable: true }) skillId: string | null;
  @Column('time', { name: 'start_time' }) startTime: string;
  @Column('time', { name: 'end_time' }) endTime: string;
  @Column('text') recurrence: string;
  @Column('integer', { name: 'min_headcount' }) minHeadcount: number;
  @Column('integer', { name: 'ideal_headcount' }) idealHeadcount: number;
  @Column('integer') priority: number;
  /** Dates come back as 'YYYY-MM-DD' text: never through a JS Date. */
  @Column('date', { name: 'valid_from', nullable: true }) validFrom: string | null;
  @Column('date', { name: 'valid_to', nullable: true }) validTo: string | null;
  @Column('text') holidays: 'applies' | 'excluded' | 'only';
  @Column('boolean') overrides: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
  @VersionColumn() version: number;
}
