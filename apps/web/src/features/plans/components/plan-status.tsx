import { useTranslation } from 'react-i18next';
import type { PlanStatus } from '../../../lib/api-types';

const ICONS: Record<PlanStatus, string> = {
  queued: '…',
  running: '↻',
  succeeded: '✓',
  failed: '!',
  cancelled: '✕',
  published: '★',
};

/** A run's status as an icon and a word (never colour alone). */
export function PlanStatusBadge({ status, stale }: { status: PlanStatus; stale?: boolean }) {
  const { t } = useTranslation();
  return (
    <span className={`plan-status plan-status--${status}`}>
      <span aria-hidden="true" className="plan-status__icon">
        {ICONS[status]}
      </span>
      {t(`plans.status.${status}`)}
      {stale && status === 'succeeded' ? (
        <span className="plan-status__stale"> · {t('plans.status.stale')}</span>
      ) : null}
    </span>
  );
}
