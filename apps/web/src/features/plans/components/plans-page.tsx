import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { EmptyState } from '../../../components/ui/empty-state';
import { LoadingState } from '../../../components/ui/loading-state';
import { PageHeader } from '../../../components/ui/page-header';
import { Panel } from '../../../components/ui/panel';
import { QueryError } from '../../../components/ui/query-error';
import { canManageTeam, useMe } from '../../../lib/api/get-me';
import type { PlanSummary, Team } from '../../../lib/api-types';
import { formatDateTime } from '../../../lib/intl';
import { formatDateSpan } from '../../../lib/local-date';
import { useSelectedTeam } from '../../../lib/selected-team';
import { usePlans } from '../api/get-plans';
import { PlanForm } from './plan-form';
import { PlanStatusBadge } from './plan-status';

/** Plans: start a solver run for the selected team, and the team's recent runs. */
export function PlansPage() {
  const { t } = useTranslation();
  const { team, teams } = useSelectedTeam();
  if (!team) {
    return (
      <>
        <PageHeader title={t('plans.title')} />
        <EmptyState title={teams.length === 0 ? t('plans.noTeams') : t('plans.noTeam')} />
      </>
    );
  }
  return <TeamPlans key={team.id} team={team} />;
}

function TeamPlans({ team }: { team: Team }) {
  const { t } = useTranslation();
  const me = useMe();
  const plans = usePlans(team.id);
  const mayRun = canManageTeam(me.data, team.id);

  return (
    <>
      <PageHeader title={t('plans.title')} subtitle={t('plans.subtitle', { team: team.name })} />
      <Panel title={t('plans.form.title')}>
        {me.isPending ? null : mayRun ? (
          <PlanForm team={team} />
        ) : (
          <p className="muted">{t('plans.form.notManaged', { team: team.name })}</p>
        )}
      </Panel>
      <Panel title={t('plans.list.title')}>
        {plans.isPending ? (
          <LoadingState label={t('plans.list.loading')} />
        ) : plans.isError ? (
          <QueryError
            error={plans.error}
            title={t('plans.list.loadFailed')}
            onRetry={() => void plans.refetch()}
          />
        ) : plans.data.items.length === 0 ? (
          <EmptyState title={t('plans.list.emptyTitle')}>{t('plans.list.emptyBody')}</EmptyState>
        ) : (
          <PlanList plans={plans.data.items} team={team} />
        )}
      </Panel>
    </>
  );
}

function PlanList({ plans, team }: { plans: readonly PlanSummary[]; team: Team }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  return (
    <div className="table-scroll" role="region" aria-label={t('plans.list.title')} tabIndex={0}>
      <table className="table table--compact">
        <caption className="visually-hidden">
          {t('plans.list.caption', { team: team.name })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('plans.list.dates')}</th>
            <th scope="col">{t('plans.list.mode')}</th>
            <th scope="col">{t('plans.list.status')}</th>
            <th scope="col">{t('plans.list.created')}</th>
          </tr>
        </thead>
        <tbody>
          {plans.map((plan) => (
            <tr key={plan.id}>
              <th scope="row">
                <Link to={`/plans/${encodeURIComponent(plan.id)}`}>
                  {formatDateSpan(plan.from, plan.to, locale)}
                </Link>
              </th>
              <td>{t(`plans.mode.${plan.mode}`)}</td>
              <td>
                <PlanStatusBadge status={plan.status} stale={plan.stale} />
              </td>
              <td>{formatDateTime(plan.createdAt, locale, team.timeZone)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
