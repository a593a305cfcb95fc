import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/ui/empty-state';
import { LoadingState } from '../../../components/ui/loading-state';
import { QueryError } from '../../../components/ui/query-error';
import { useRota } from '../../../lib/api/get-rota';
import { MAX_ROTA_DAYS } from '../../../lib/api-types';
import { addDays, formatLocalDate, todayInZone } from '../../../lib/local-date';
import type { SectionProps } from './setup-page';

/** Twelve months from today, in two rota windows (the API serves at most 186 days at once). */
const HALF_YEAR = Math.min(183, MAX_ROTA_DAYS);

/**
 * The team's public holidays for the next twelve months, read from the rota's days (there is no
 * holidays endpoint yet). They come from the team's country and region, set under Teams.
 */
export function HolidaysSection({ team }: SectionProps) {
  const { t, i18n } = useTranslation();
  const today = todayInZone(team.timeZone);
  const middle = addDays(today, HALF_YEAR);
  const first = useRota({ teamId: team.id, from: today, to: middle });
  const second = useRota({ teamId: team.id, from: middle, to: addDays(today, 2 * HALF_YEAR) });
  const holidays = [...(first.data?.days ?? []), ...(second.data?.days ?? [])].filter(
    (day) => day.holiday !== null,
  );
  const error = first.error ?? second.error;

  return (
    <section className="setup-section" aria-labelledby="setup-holidays-title">
      <h2 id="setup-holidays-title" className="panel__title">
        {t('setup.holidays.title')}
      </h2>
      <p className="muted">
        {t('setup.holidays.intro', {
          region: team.regionCode ? `${team.countryCode}-${team.regionCode}` : team.countryCode,
        })}
      </p>
      {first.isPending || second.isPending ? (
        <LoadingState label={t('setup.loading')} />
      ) : error ? (
        <QueryError
          error={error}
          title={t('setup.holidays.loadFailed')}
          onRetry={() => {
            void first.refetch();
            void second.refetch();
          }}
        />
      ) : holidays.length === 0 ? (
        <EmptyState title={t('setup.holidays.empty')} />
      ) : (
        <ul className="setup-list">
          {holidays.map((day) => (
            <li key={day.date}>
              <strong>
                {formatLocalDate(day.date, i18n.language, {
                  weekday: 'short',
                  day: 'numeric',
                  month: 'long',
                  year: 'numeric',
                })}
              </strong>{' '}
              {day.holiday}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
