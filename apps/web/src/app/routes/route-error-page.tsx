import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router-dom';
import { errorMessage } from '../../components/ui/query-error';

/** Last line of defence for a view that crashed while rendering. */
export function RouteErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  return (
    <main className="message-page" role="alert">
      <h1>{t('errors.title')}</h1>
      <p>{errorMessage(error, t)}</p>
      <p>
        <button
          type="button"
          className="button button--primary"
          onClick={() => window.location.reload()}
        >
          {t('errors.retry')}
        </button>
      </p>
    </main>
  );
}
