import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { clearSession } from '../../../lib/session';

/** Revokes the token on the server (204). */
export function logout(): Promise<void> {
  return apiClient.post<void>('/api/auth/logout');
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    // Signed out locally even when the server could not be told (offline); the token then
    // simply expires there.
    onSettled: () => {
      clearSession();
      queryClient.clear();
    },
  });
}
