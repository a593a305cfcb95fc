import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../api-client';
import type { Employee, EmployeesQuery, Page } from '../api-types';

export function getEmployees(query: EmployeesQuery, signal?: AbortSignal): Promise<Page<Employee>> {
  return apiClient.get<Page<Employee>>('/api/employees', {
    query: {
      teamId: query.teamId,
      skill: query.skill,
      active: query.active,
      role: query.role,
      q: query.q,
      limit: query.limit,
      offset: query.offset,
    },
    signal,
  });
}

export const employeesKeys = {
  all: ['employees'] as const,
  lists: () => [...employeesKeys.all, 'list'] as const,
  list: (query: EmployeesQuery) => [...employeesKeys.lists(), query] as const,
};

export function employeesQueryOptions(query: EmployeesQuery) {
  return queryOptions({
    queryKey: employeesKeys.list(query),
    queryFn: ({ signal }) => getEmployees(query, signal),
    // Paging or filtering keeps the current rows on screen until the next page arrives.
    placeholderData: keepPreviousData,
  });
}

export function useEmployees(query: EmployeesQuery) {
  return useQuery(employeesQueryOptions(query));
}
