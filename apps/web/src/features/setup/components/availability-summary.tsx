import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/ui/empty-state';
import { LoadingState } from '../../../components/ui/loading-state';
import { QueryError } from '../../../components/ui/query-error';
import { useAvailability } from '../../../lib/api/get-availability';
import { useShiftTypes } from '../../../lib/api/get-shift-types';
import type { Employee } from '../../../lib/api-types';
import { weekdayNames } from '../../../lib/intl';
import { formatLocalDate } from '../../../lib/local-date';
import { describeRecurrence } from './recurrence-field';

/** A staff member's availability and wishes, read only (they edit their own). */
export function AvailabilitySummary({ employee, teamId }: { employee: Employee; teamId: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const availability = useAvailability(employee.id);
  const shiftTypes = useShiftTypes(teamId);
  const days = weekdayNames(locale, 'long');
  const typeName = (id: string | null) =>
    id === null
      ? t('availability.anyShift')
      : (shiftTypes.data?.items.find((type) => type.id === id)?.name ?? id);

  if (availability.isPending) return <LoadingState label={t('setup.loading')} />;
  if (availability.isError)
    return (
      <QueryError
        error={availability.error}
        title={t('availability.loadFailed')}
        onRetry={() => void availability.refetch()}
      />
    );
  const data = availability.data;
  return (
    <div className="availability-summary">
      <ul className="dialog__facts">
        <li>
          {data.worksNights ? t('availability.worksNightsYes') : t('availability.worksNightsNo')}
        </li>
        <li>
          {data.maxCoverDutiesPerMonth === null
            ? t('availability.noCoverLimit')
            : t('availability.coverLimit', { count: data.maxCoverDutiesPerMonth })}
        </li>
      </ul>
      <h3 className="setup-subtitle">{t('availability.unavailable.title')}</h3>
      {data.unavailable.length === 0 ? (
        <EmptyState title={t('availability.unavailable.empty')} />
      ) : (
        <ul className="setup-list">
          {data.unavailable.map((window, index) => (
            <li key={window.id ?? index}>
              {describeRecurrence(window.recurrence, locale, t('setup.everyDay'))},{' '}
              {t('setup.shiftTypes.timeRange', { start: window.startTime, end: window.endTime })}
              {' · '}
              {window.validTo
                ? t('availability.validSpan', {
                    from: formatLocalDate(window.validFrom, locale),
                    to: formatLocalDate(window.validTo, locale),
                  })
                : t('availability.validFrom', { from: formatLocalDate(window.validFrom, locale) })}
              {window.note ? <span className="muted"> — {window.note}</span> : null}
            </li>
          ))}
        </ul>
      )}
      <h3 className="setup-subtitle">{t('availability.preferences.title')}</h3>
      {data.preferences.length === 0 ? (
        <EmptyState title={t('availability.preferences.empty')} />
      ) : (
        <ul className="setup-list">
          {data.preferences.map((preference, index) => (
            <li key={preference.id ?? index}>
              {t(`availability.wish.${preference.wish}`)}: {typeName(preference.shiftTypeId)},{' '}
              {preference.date
                ? formatLocalDate(preference.date, locale)
                : preference.weekday
                  ? days[preference.weekday - 1]
                  : t('availability.anyDay')}{' '}
              <span className="muted">
                ({t('availability.weightOf', { weight: preference.weight })})
                {preference.note ? ` — ${preference.note}` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
