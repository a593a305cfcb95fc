import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { employeesKeys } from '../../../lib/api/get-employees';
import { rotaKeys } from '../../../lib/api/get-rota';

/** Deactivates a staff member; their history is kept. */
export function deactivateEmployee(id: string) {
  return apiClient.delete<void>(`/api/employees/${encodeURIComponent(id)}`);
}

export function useDeactivateEmployee() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deactivateEmployee,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: employeesKeys.all }),
        queryClient.invalidateQueries({ queryKey: rotaKeys.all }),
      ]),
  });
}
