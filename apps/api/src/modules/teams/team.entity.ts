import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { TeamSolverWeights } from '../plans/roster-mapping.js';

@Entity({ name: 'team' })
export class TeamEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text') name: string;
  @Column('text', { name: 'time_zone' }) timeZone: string;
  @Column('text', { name: 'country_code' }) countryCode: string;
  @Column('text', { name: 'region_code', nullable: true }) regionCode: string | null;
  @Column('integer', { name: 'max_people_off', nullable: true }) maxPeopleOff: number | null;
  @Column('boolean', { name: 'allow_negative_balance' }) allowNegativeBalance: boolean;
  @Column('jsonb', { name: 'solver_weights' }) solverWeights: TeamSolverWeights;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
  @VersionColumn() version: number;
}
