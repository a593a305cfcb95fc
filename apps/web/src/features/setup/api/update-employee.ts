import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { Employee } from '../../../lib/api-types';
import { employeesKeys } from '../../../lib/api/get-employees';
import { rotaKeys } from '../../../lib/api/get-rota';
import { meQueryOptions } from '../../../lib/api/get-me';
import type { EmployeeRequest } from './setup-types';

/** Changes a staff member; a stale `version` gets 409 VERSION_CONFLICT. */
export function updateEmployee({ id, ...body }: EmployeeRequest & { id: string }) {
  return apiClient.patch<Employee>(`/api/employees/${encodeURIComponent(id)}`, body);
}

export function useUpdateEmployee() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateEmployee,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: employeesKeys.all }),
        queryClient.invalidateQueries({ queryKey: rotaKeys.all }),
        queryClient.invalidateQueries({ queryKey: meQueryOptions().queryKey }),
      ]),
  });
}
