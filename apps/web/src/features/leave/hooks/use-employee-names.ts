import { type UseQueryResult, useQueries } from '@tanstack/react-query';
import { employeesQueryOptions } from '../../../lib/api/get-employees';
import { type Employee, MAX_PAGE_SIZE, type Page } from '../../../lib/api-types';

function namesOf(results: UseQueryResult<Page<Employee>>[]): ReadonlyMap<string, string> {
  const names = new Map<string, string>();
  for (const result of results)
    for (const person of result.data?.items ?? []) names.set(person.id, person.name);
  return names;
}

/**
 * Names of the people in `teamIds` (requests carry ids only), one staff list per team. A name
 * that cannot be read (a team beyond the page size, a list the caller may not see) is simply
 * missing, and the screen says "a colleague".
 */
export function useEmployeeNames(teamIds: readonly string[]): ReadonlyMap<string, string> {
  const unique = [...new Set(teamIds)].sort();
  return useQueries({
    queries: unique.map((teamId) => ({
      ...employeesQueryOptions({ teamId, limit: MAX_PAGE_SIZE, offset: 0 }),
      staleTime: 5 * 60_000,
    })),
    // A stable function: react-query recomputes the map only when a list changes.
    combine: namesOf,
  });
}
