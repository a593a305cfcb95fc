import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { ImportRequest, ImportResult } from '../../../lib/api-types';
import { leaveKeys } from '../../../lib/api/get-leave-requests';
import { rotaKeys } from '../../../lib/api/get-rota';

/** Checks or imports approved leave from CSV; all or nothing. */
export function importLeave(body: ImportRequest) {
  return apiClient.post<ImportResult>('/api/imports/leave', body);
}

export function useImportLeave() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importLeave,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: leaveKeys.all }),
        // The leave feature's balances (its key root; features don't import each other).
        queryClient.invalidateQueries({ queryKey: ['leave-balance'] }),
        queryClient.invalidateQueries({ queryKey: rotaKeys.all }),
      ]),
  });
}
