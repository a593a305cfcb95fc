import type { QueryClient } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { useEffect } from 'react';
import { type DataRouter, RouterProvider } from 'react-router-dom';
import { onUnauthorized } from '../lib/api-client';
import { LOGIN_PATH, type LoginLocationState } from '../lib/login-redirect';
import { AppProviders } from './providers';

export interface AppProps {
  router: DataRouter;
  queryClient: QueryClient;
  i18n: I18n;
}

export function App({ router, queryClient, i18n }: AppProps) {
  // The API client has already dropped the token; here the cached data of the ended session goes
  // too, and the person is asked to sign in again and brought back afterwards.
  useEffect(
    () =>
      onUnauthorized(() => {
        queryClient.clear();
        const { pathname, search } = router.state.location;
        if (pathname === LOGIN_PATH) return;
        const state: LoginLocationState = { from: `${pathname}${search}`, reason: 'expired' };
        void router.navigate(LOGIN_PATH, { replace: true, state });
      }),
    [router, queryClient],
  );

  return (
    <AppProviders queryClient={queryClient} i18n={i18n}>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
