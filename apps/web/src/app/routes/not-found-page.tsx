import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { HOME_PATH } from '../route-table';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <section className="message-page">
      <p className="message-page__code" aria-hidden="true">
        404
      </p>
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <p>
        <Link to={HOME_PATH} className="button button--primary">
          {t('notFound.backToStart')}
        </Link>
      </p>
    </section>
  );
}
