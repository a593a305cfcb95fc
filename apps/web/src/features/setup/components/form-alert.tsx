import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { setupErrorMessage } from './setup-errors';

/** The form-level message of a failed write (field reasons are under the fields). */
export function FormAlert({ error, title }: { error: unknown; title?: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <Alert tone="error" title={title ?? t('setup.errors.notSaved')}>
      <p>{setupErrorMessage(error, t)}</p>
    </Alert>
  );
}
