import { useTranslation } from 'react-i18next';

/** Save and cancel, at the end of every setup form. */
export function FormActions({
  pending,
  onCancel,
  saveLabel,
}: {
  pending: boolean;
  onCancel?: () => void;
  saveLabel?: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="dialog__actions">
      {onCancel ? (
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('setup.cancel')}
        </button>
      ) : null}
      <button type="submit" className="button button--primary" disabled={pending}>
        {pending ? t('setup.saving') : (saveLabel ?? t('setup.save'))}
      </button>
    </div>
  );
}
