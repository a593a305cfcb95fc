import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Dialog } from '../../../components/ui/dialog';
import { setupErrorMessage } from './setup-errors';

export interface ConfirmDialogProps {
  title: string;
  body: string;
  confirmLabel: string;
  pending: boolean;
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
}

/** Asks before something is removed or deactivated; a refusal (409 IN_USE) is said in words. */
export function ConfirmDialog({
  title,
  body,
  confirmLabel,
  pending,
  error,
  onConfirm,
  onClose,
}: ConfirmDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog title={title} onClose={onClose} closeLabel={t('setup.close')}>
      <div className="dialog__section">
        {error ? (
          <Alert tone="error" title={t('setup.errors.notDone')}>
            <p>{setupErrorMessage(error, t)}</p>
          </Alert>
        ) : null}
        <p>{body}</p>
        <div className="dialog__actions">
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('setup.cancel')}
          </button>
          <button
            type="button"
            className="button button--danger"
            disabled={pending}
            onClick={onConfirm}
          >
            {pending ? t('setup.working') : confirmLabel}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
