import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { translateDbError } from '../common/http/db-errors.js';

type Fields = Record<string, string>;

/** Inserts one row and returns its id; constraint violations become errors naming the field. */
export async function insertRow<E extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<E>,
  data: Partial<E>,
  fields: Fields,
): Promise<string> {
  try {
    const result = await manager.insert(entity, data as never);
    return (result.identifiers[0] as { id: string }).id;
  } catch (error) {
    translateDbError(error, fields);
  }
}

/**
 * Updates one row and raises its version. With `expectedVersion` it is a compare-and-swap:
 * false means someone else changed the row first (the caller answers VERSION_CONFLICT).
 */
export async function updateVersioned<E extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<E>,
  id: string,
  data: Record<string, unknown>,
  expectedVersion: number | undefined,
  fields: Fields,
): Promise<boolean> {
  try {
    const qb = manager
      .createQueryBuilder()
      .update(entity)
      .set({ ...data, version: () => 'version + 1', updatedAt: () => 'now()' } as never)
      .where('id = :id', { id });
    if (expectedVersion !== undefined)
      qb.andWhere('version = :expectedVersion', { expectedVersion });
    return ((await qb.execute()).affected ?? 0) > 0;
  } catch (error) {
    translateDbError(error, fields);
  }
}

/** Replaces the link rows of one owner (skills of an employee, managers of a team…). */
export async function replaceLinks(
  manager: EntityManager,
  link: { table: string; owner: string; target: string },
  ownerId: string,
  targetIds: string[],
  fields: Fields,
): Promise<void> {
  await manager.query(`DELETE FROM ${link.table} WHERE ${link.owner} = $1`, [ownerId]);
  if (targetIds.length === 0) return;
  try {
    await manager.query(
      `INSERT INTO ${link.table} (${link.owner}, ${link.target}) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
      [ownerId, targetIds],
    );
  } catch (error) {
    translateDbError(error, fields);
  }
}
