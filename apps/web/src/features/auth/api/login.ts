import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { LoginRequest, LoginResponse } from '../../../lib/api-types';
import { saveSession } from '../../../lib/session';

/** Anonymous: a 401 here means wrong credentials, not an ended session. */
export function login(body: LoginRequest): Promise<LoginResponse> {
  return apiClient.post<LoginResponse>('/api/auth/login', body, { anonymous: true });
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (response) => {
      // Nothing cached for a previous person may leak into this session.
      queryClient.clear();
      saveSession({ accessToken: response.accessToken, expiresAt: response.expiresAt });
    },
  });
}
