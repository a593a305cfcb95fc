/**
 * The trigger function that raises `team.plan_version` when a row that shapes a team's rota
 * changes. `teamTables` have their own team_id column; the join tables find it through their
 * parent. Migrations call this with the table list of their time, so each one's SQL stays fixed.
 */
export function bumpPlanVersionSql(teamTables: readonly string[]): string {
  const list = teamTables.map((t) => `'${t}'`).join(', ');
  return `
    CREATE OR REPLACE FUNCTION bump_plan_version() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      teams uuid[];
    BEGIN
      IF TG_TABLE_NAME IN (${list}) THEN
        teams := ARRAY[CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE NEW.team_id END,
                       CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE OLD.team_id END];
      ELSIF TG_TABLE_NAME = 'rotation_member' THEN
        SELECT array_agg(r.team_id) INTO teams FROM rotation r
         WHERE r.id IN (CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE NEW.rotation_id END,
                        CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE OLD.rotation_id END);
      ELSIF TG_TABLE_NAME = 'employee_skill' THEN
        SELECT array_agg(e.team_id) INTO teams FROM employee e
         WHERE e.id IN (CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE NEW.employee_id END,
                        CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE OLD.employee_id END);
      ELSIF TG_TABLE_NAME = 'shift_type_skill' THEN
        SELECT array_agg(s.team_id) INTO teams FROM shift_type s
         WHERE s.id IN (CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE NEW.shift_type_id END,
                        CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE OLD.shift_type_id END);
      END IF;
      UPDATE team SET plan_version = plan_version + 1 WHERE id = ANY(teams);
      RETURN NULL;
    END $$`;
}

export const ROTA_TEAM_TABLES = [
  'coverage_rule',
  'rotation',
  'assignment',
  'rotation_exception',
  'shift_type',
  'employee',
] as const;
