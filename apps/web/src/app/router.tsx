import { createBrowserRouter, Navigate, type RouteObject } from 'react-router-dom';
import { LoginPage } from '../features/auth/components/login-page';
import { LOGIN_PATH } from '../lib/login-redirect';
import { AppLayout } from './layout/app-layout';
import { PublicLayout } from './layout/public-layout';
import { RedirectIfSignedIn, RequireAuth } from './require-auth';
import type { RouteHandle } from './route-handle';
import { appViews, HOME_PATH } from './route-table';
import { NotFoundPage } from './routes/not-found-page';
import { RouteErrorPage } from './routes/route-error-page';

const handle = (titleKey: RouteHandle['titleKey'], wide = false): RouteHandle => ({
  titleKey,
  wide,
});

/** The whole route tree; views come from the route table. Shared by the app and its tests. */
export function createRoutes(): RouteObject[] {
  return [
    {
      errorElement: <RouteErrorPage />,
      children: [
        {
          element: <PublicLayout />,
          children: [
            {
              path: LOGIN_PATH,
              handle: handle('auth.title'),
              element: (
                <RedirectIfSignedIn>
                  <LoginPage />
                </RedirectIfSignedIn>
              ),
            },
          ],
        },
        {
          path: '/',
          element: (
            <RequireAuth>
              <AppLayout />
            </RequireAuth>
          ),
          children: [
            { index: true, element: <Navigate to={HOME_PATH} replace /> },
            ...appViews.map(({ path, titleKey, wide, Component }) => ({
              path,
              handle: handle(titleKey, wide),
              element: <Component />,
            })),
            { path: '*', handle: handle('notFound.title'), element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ];
}

export function createAppRouter() {
  return createBrowserRouter(createRoutes());
}
