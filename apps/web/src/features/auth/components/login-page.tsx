import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { Alert } from '../../../components/ui/alert';
import { FieldErrorList } from '../../../components/ui/field-error-list';
import { errorMessage } from '../../../components/ui/query-error';
import { TextField } from '../../../components/ui/text-field';
import { type ApiError, isApiError } from '../../../lib/api-client';
import { readLoginState } from '../../../lib/login-redirect';
import { useLogin } from '../api/login';

const FORM_FIELDS = ['email', 'password'] as const;

/** Whole seconds left until `until` (re-rendering once a second); 0 when there is no wait. */
function useSecondsUntil(until: number | null): number {
  const [, setTick] = useState(0);
  useEffect(() => {
    if (until === null) return;
    const timer = window.setInterval(() => setTick((tick) => tick + 1), 1000);
    return () => window.clearInterval(timer);
  }, [until]);
  return until === null ? 0 : Math.max(0, Math.ceil((until - Date.now()) / 1000));
}

function loginErrorMessage(
  error: ApiError | null,
  secondsLeft: number,
  t: TFunction,
): string | null {
  if (!error) return null;
  switch (error.code) {
    case 'INVALID_CREDENTIALS':
      return t('auth.errors.invalidCredentials');
    case 'TOO_MANY_ATTEMPTS':
    case 'TOO_MANY_REQUESTS':
      return secondsLeft > 0
        ? t('auth.errors.tooManyAttempts', { seconds: secondsLeft })
        : t('auth.errors.tooManyAttemptsLater');
    case 'VALIDATION_FAILED':
      return t('auth.errors.validation');
    default:
      return errorMessage(error, t);
  }
}

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const { from, reason } = readLoginState(location.state);
  const login = useLogin();

  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  const error = isApiError(login.error) ? login.error : null;
  const [lockedUntil, setLockedUntil] = useState<number | null>(null);
  const secondsLeft = useSecondsUntil(lockedUntil);

  useEffect(() => {
    if (!error) return;
    if (error.retryAfterSeconds !== null && error.status === 429) {
      setLockedUntil(Date.now() + error.retryAfterSeconds * 1000);
    }
    // Take the person to the first field the server refused.
    if (error.reasonsFor('email').length > 0) emailRef.current?.focus();
    else if (error.reasonsFor('password').length > 0) passwordRef.current?.focus();
  }, [error]);

  const { reset } = login;
  useEffect(() => {
    // The wait is over: clear the message and let the person try again.
    if (lockedUntil !== null && secondsLeft === 0) {
      setLockedUntil(null);
      reset();
    }
  }, [lockedUntil, secondsLeft, reset]);

  const locked = lockedUntil !== null && secondsLeft > 0;
  const message = loginErrorMessage(error, secondsLeft, t);
  // Field errors the form has no field for (e.g. `body`) are listed in the message box.
  const otherReasons =
    error?.fieldErrors.filter((e) => !(FORM_FIELDS as readonly string[]).includes(e.field)) ?? [];

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (login.isPending || locked) return;
    login.mutate(
      { email: email.trim(), password },
      { onSuccess: () => void navigate(from ?? '/', { replace: true }) },
    );
  }

  return (
    <div className="login">
      <h1 className="login__title">{t('auth.title')}</h1>
      <p className="login__intro">{t('auth.intro')}</p>

      {reason && !error ? (
        <Alert tone="info">
          {reason === 'expired' ? t('auth.sessionExpired') : t('auth.signedOut')}
        </Alert>
      ) : null}
      {message ? (
        <Alert tone="error">
          <p>{message}</p>
          <FieldErrorList errors={otherReasons} />
        </Alert>
      ) : null}

      <form className="login__form" onSubmit={onSubmit} aria-busy={login.isPending || undefined}>
        <TextField
          ref={emailRef}
          label={t('auth.email')}
          name="email"
          type="email"
          autoComplete="username"
          inputMode="email"
          autoCapitalize="none"
          spellCheck={false}
          required
          autoFocus
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          errors={error?.reasonsFor('email')}
          errorLabel={t('errors.fieldLabel')}
        />
        <TextField
          ref={passwordRef}
          label={t('auth.password')}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          errors={error?.reasonsFor('password')}
          errorLabel={t('errors.fieldLabel')}
        />
        <button
          type="submit"
          className="button button--primary button--block"
          disabled={login.isPending || locked}
        >
          {login.isPending ? t('auth.submitting') : t('auth.submit')}
        </button>
      </form>
    </div>
  );
}
