import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/ui/empty-state';
import { LoadingState, Spinner } from '../../../components/ui/loading-state';
import { PageHeader } from '../../../components/ui/page-header';
import { QueryError } from '../../../components/ui/query-error';
import { TextField } from '../../../components/ui/text-field';
import type { Team } from '../../../lib/api-types';
import {
  addDays,
  addMonths,
  isLocalDate,
  startOfMonth,
  todayInZone,
} from '../../../lib/local-date';
import { useSelectedTeam } from '../../../lib/selected-team';
import { useFairness } from '../api/get-fairness';
import { FairnessChart } from './fairness-chart';
import { FairnessTable } from './fairness-table';

/** Six calendar months up to the end of this one, in the team's zone. */
export function defaultFairnessRange(today: string): { from: string; to: string } {
  const thisMonth = startOfMonth(today);
  return { from: addMonths(thisMonth, -5), to: addDays(addMonths(thisMonth, 1), -1) };
}

/** Fairness: how cover duties, nights, weekends and holidays are spread across the team. */
export function FairnessPage() {
  const { t } = useTranslation();
  const { team, teams } = useSelectedTeam();
  if (!team) {
    return (
      <>
        <PageHeader title={t('fairness.title')} />
        <EmptyState title={teams.length === 0 ? t('fairness.noTeams') : t('fairness.noTeam')} />
      </>
    );
  }
  return <TeamFairness key={team.id} team={team} />;
}

function TeamFairness({ team }: { team: Team }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const tableId = useId();
  const [range, setRange] = useState(() => defaultFairnessRange(todayInZone(team.timeZone)));
  const valid = isLocalDate(range.from) && isLocalDate(range.to) && range.from <= range.to;
  const report = useFairness({ teamId: team.id, ...range }, { enabled: valid });
  const monthFormat = new Intl.DateTimeFormat(locale, {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const formatMonth = (month: string) => {
    const [year, monthNumber] = month.split('-').map(Number);
    if (!year || !monthNumber) return month;
    return monthFormat.format(new Date(Date.UTC(year, monthNumber - 1, 15)));
  };
  const busy = report.isFetching && report.isPlaceholderData;

  return (
    <>
      <PageHeader
        title={t('fairness.title')}
        subtitle={t('fairness.subtitle', { team: team.name })}
      />
      <div className="fairness-toolbar" role="group" aria-label={t('fairness.range')}>
        <TextField
          label={t('fairness.from')}
          type="date"
          value={range.from}
          onChange={(event) => setRange((current) => ({ ...current, from: event.target.value }))}
        />
        <TextField
          label={t('fairness.to')}
          type="date"
          value={range.to}
          min={range.from || undefined}
          errors={valid ? [] : [t('fairness.badRange')]}
          onChange={(event) => setRange((current) => ({ ...current, to: event.target.value }))}
        />
        <div className="list-status" aria-live="polite">
          {busy ? (
            <span className="list-status__updating">
              <Spinner /> {t('fairness.updating')}
            </span>
          ) : null}
        </div>
      </div>

      {!valid ? null : report.isPending ? (
        <LoadingState label={t('fairness.loading')} />
      ) : report.isError && !report.data ? (
        <QueryError
          error={report.error}
          title={t('fairness.loadFailed')}
          onRetry={() => void report.refetch()}
        />
      ) : report.data && report.data.employees.length === 0 ? (
        <EmptyState title={t('fairness.emptyTitle')}>{t('fairness.emptyBody')}</EmptyState>
      ) : report.data ? (
        <>
          {report.isError ? (
            <QueryError
              error={report.error}
              title={t('fairness.loadFailed')}
              onRetry={() => void report.refetch()}
            />
          ) : null}
          <p className="muted">{t('fairness.explain')}</p>
          <div className="fairness-charts" aria-busy={busy || undefined}>
            {report.data.categories.map((category) => (
              <FairnessChart
                key={category}
                report={report.data}
                category={category}
                formatMonth={formatMonth}
                tableId={tableId}
              />
            ))}
          </div>
          <FairnessTable report={report.data} id={tableId} />
        </>
      ) : null}
    </>
  );
}
