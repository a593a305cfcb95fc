import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { LOGIN_PATH, type LoginLocationState } from '../lib/login-redirect';
import { hasSession } from '../lib/session';
import { HOME_PATH } from './route-table';

/** Signed-in views need a session; without one, sign in and come back here. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const location = useLocation();
  if (!hasSession()) {
    const state: LoginLocationState = { from: `${location.pathname}${location.search}` };
    return <Navigate to={LOGIN_PATH} replace state={state} />;
  }
  return children;
}

/** Someone already signed in who opens the sign-in page goes to the app instead. */
export function RedirectIfSignedIn({ children }: { children: ReactNode }) {
  if (hasSession()) return <Navigate to={HOME_PATH} replace />;
  return children;
}
