import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Each team may set the solver's weights for its plans; unset keys keep their defaults. */
export class AddTeamSolverWeights1797120000000 implements MigrationInterface {
  name = 'AddTeamSolverWeights1797120000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE team ADD COLUMN solver_weights jsonb NOT NULL DEFAULT '{}'
         CHECK (jsonb_typeof(solver_weights) = 'object')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE team DROP COLUMN solver_weights`);
  }
}
