import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../lib/api-client';
import { Alert } from './alert';

/** A sentence for the person, chosen by what they can do about it rather than the raw status. */
export function errorMessage(error: unknown, t: TFunction): string {
  if (!isApiError(error)) return t('errors.unexpected');
  if (error.isNetworkError) return t('errors.network');
  if (error.status >= 500) return t('errors.server');
  if (error.status === 403) return t('errors.forbidden');
  if (error.status === 404) return t('errors.notFound');
  // The server's detail is written for people, but only in English.
  return error.detail || t('errors.unexpected');
}

export interface QueryErrorProps {
  error: unknown;
  /** What failed, e.g. "The staff list could not be loaded." */
  title: string;
  onRetry?: () => void;
}

export function QueryError({ error, title, onRetry }: QueryErrorProps) {
  const { t } = useTranslation();
  const reference = isApiError(error) ? error.correlationId : null;
  return (
    <Alert
      tone="error"
      title={title}
      action={
        onRetry ? (
          <button type="button" className="button button--secondary" onClick={onRetry}>
            {t('errors.retry')}
          </button>
        ) : null
      }
    >
      <p>{errorMessage(error, t)}</p>
      {reference ? <p className="muted">{t('errors.reference', { id: reference })}</p> : null}
    </Alert>
  );
}
