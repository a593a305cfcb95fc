import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { Employee } from '../../../lib/api-types';
import { employeesKeys } from '../../../lib/api/get-employees';
import { rotaKeys } from '../../../lib/api/get-rota';
import type { EmployeeRequest } from './setup-types';

/** A new staff member, with contract, leave terms and skills. */
export function createEmployee(body: EmployeeRequest) {
  return apiClient.post<Employee>('/api/employees', body);
}

export function useCreateEmployee() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createEmployee,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: employeesKeys.all }),
        queryClient.invalidateQueries({ queryKey: rotaKeys.all }),
      ]),
  });
}
