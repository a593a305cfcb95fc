import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { ImportRequest, ImportResult } from '../../../lib/api-types';
import { employeesKeys } from '../../../lib/api/get-employees';
import { rotaKeys } from '../../../lib/api/get-rota';

/** Checks (`commit: false`) or imports (`commit: true`) staff from CSV; all or nothing. */
export function importStaff(body: ImportRequest) {
  return apiClient.post<ImportResult>('/api/imports/staff', body);
}

export function useImportStaff() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importStaff,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: employeesKeys.all }),
        queryClient.invalidateQueries({ queryKey: rotaKeys.all }),
      ]),
  });
}
