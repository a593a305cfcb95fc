import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

@Entity({ name: 'shift_type' })
export class ShiftTypeEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'team_id' }) teamId: string;
  @Column('text') code: string;
  @Column('text') name: string;
  /** Local wall time 'HH:MM:SS' in the team's zone. */
  @Column('time', { name: 'start_time' }) startTime: string;
  @Column('time', { name: 'end_time' }) endTime: string;
  @Column('text') colour: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
  @VersionColumn() version: number;
}
