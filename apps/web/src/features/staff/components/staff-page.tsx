import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/ui/empty-state';
import { LoadingState, Spinner } from '../../../components/ui/loading-state';
import { PageHeader } from '../../../components/ui/page-header';
import { Pagination } from '../../../components/ui/pagination';
import { QueryError } from '../../../components/ui/query-error';
import type { Team } from '../../../lib/api-types';
import { formatTimeZoneName } from '../../../lib/intl';
import { useSelectedTeam } from '../../../lib/selected-team';
import { useEmployees } from '../../../lib/api/get-employees';
import { useSkills } from '../../../lib/api/get-skills';
import { PAGE_SIZES, useStaffFilters } from '../hooks/use-staff-filters';
import { StaffFiltersBar } from './staff-filters';
import { StaffTable } from './staff-table';

/** The selected team's people with their skills; filtered, searched and paged on the server. */
export function StaffPage() {
  const { t } = useTranslation();
  const { team, teams } = useSelectedTeam();

  if (!team) {
    return (
      <>
        <PageHeader title={t('staff.title')} />
        <EmptyState title={teams.length === 0 ? t('staff.noTeams') : t('staff.noTeam')} />
      </>
    );
  }
  // Keyed by team so that switching teams starts from a clean slate (no stale placeholder rows).
  return <TeamStaff key={team.id} team={team} />;
}

function TeamStaff({ team }: { team: Team }) {
  const { t } = useTranslation();
  const { filters, updateFilters, clearFilters, hasFilters } = useStaffFilters();
  const skills = useSkills();

  const offset = (filters.page - 1) * filters.pageSize;
  const employees = useEmployees({
    teamId: team.id,
    q: filters.q || undefined,
    skill: filters.skill || undefined,
    active: filters.status === 'active',
    limit: filters.pageSize,
    offset,
  });

  const page = employees.data;
  // A shared link or a shrinking list can point past the last page: go to the last real one.
  useEffect(() => {
    if (!page || employees.isPlaceholderData) return;
    if (page.items.length === 0 && page.total > 0 && offset >= page.total) {
      updateFilters(
        { page: Math.max(1, Math.ceil(page.total / filters.pageSize)) },
        { replace: true },
      );
    }
  }, [page, employees.isPlaceholderData, offset, filters.pageSize, updateFilters]);

  const busy = employees.isFetching && employees.isPlaceholderData;

  return (
    <>
      <PageHeader
        title={t('staff.title')}
        subtitle={t('staff.teamSummary', {
          team: team.name,
          timeZone: formatTimeZoneName(team.timeZone),
        })}
        aside={
          page ? (
            <p className="count" aria-live="polite">
              {t('staff.count', { count: page.total })}
            </p>
          ) : null
        }
      />

      <StaffFiltersBar
        filters={filters}
        onChange={updateFilters}
        onClear={clearFilters}
        hasFilters={hasFilters}
        skills={skills.data?.items}
        skillsFailed={skills.isError}
      />

      <div className="list-status" aria-live="polite">
        {busy ? (
          <span className="list-status__updating">
            <Spinner /> {t('staff.updating')}
          </span>
        ) : null}
      </div>

      {employees.isPending ? (
        <LoadingState label={t('staff.loading')} />
      ) : employees.isError && !page ? (
        <QueryError
          error={employees.error}
          title={t('staff.loadFailed')}
          onRetry={() => void employees.refetch()}
        />
      ) : page && page.items.length > 0 ? (
        <>
          {employees.isError ? (
            <QueryError
              error={employees.error}
              title={t('staff.loadFailed')}
              onRetry={() => void employees.refetch()}
            />
          ) : null}
          <StaffTable employees={page.items} team={team} busy={busy} />
          <Pagination
            total={page.total}
            limit={filters.pageSize}
            offset={offset}
            disabled={busy}
            onOffsetChange={(next) =>
              updateFilters({ page: Math.floor(next / filters.pageSize) + 1 })
            }
            pageSizes={PAGE_SIZES}
            onLimitChange={(pageSize) => updateFilters({ pageSize })}
          />
        </>
      ) : page && page.total > 0 ? (
        // Past the last page: the effect above is moving us back.
        <LoadingState label={t('staff.loading')} />
      ) : hasFilters && (filters.q || filters.skill) ? (
        <EmptyState
          title={t('staff.emptyFiltered.title')}
          action={
            <button type="button" className="button button--secondary" onClick={clearFilters}>
              {t('staff.filters.clear')}
            </button>
          }
        >
          {t('staff.emptyFiltered.body')}
        </EmptyState>
      ) : filters.status === 'inactive' ? (
        <EmptyState title={t('staff.emptyInactive.title')}>
          {t('staff.emptyInactive.body')}
        </EmptyState>
      ) : (
        <EmptyState title={t('staff.emptyTeam.title')}>{t('staff.emptyTeam.body')}</EmptyState>
      )}
    </>
  );
}
