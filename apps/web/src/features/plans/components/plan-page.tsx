import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { Alert } from '../../../components/ui/alert';
import { LoadingState } from '../../../components/ui/loading-state';
import { PageHeader } from '../../../components/ui/page-header';
import { Panel } from '../../../components/ui/panel';
import { errorMessage, QueryError } from '../../../components/ui/query-error';
import { canManageTeam, useMe } from '../../../lib/api/get-me';
import { isApiError } from '../../../lib/api-client';
import type { Plan, PlanResult } from '../../../lib/api-types';
import { formatDateTime } from '../../../lib/intl';
import { formatDateSpan, todayInZone } from '../../../lib/local-date';
import { useSelectedTeam } from '../../../lib/selected-team';
import { useCancelPlan } from '../api/cancel-plan';
import { useCreatePlan } from '../api/create-plan';
import { isFinished } from '../api/get-plan';
import { PLAN_ERROR_CODES, usePublishPlan } from '../api/publish-plan';
import { type LiveMode, useLivePlan } from '../hooks/use-live-plan';
import { ChangeList } from './change-explanation';
import { PlanDiff } from './plan-diff';
import { CoverageGapsAfter, PlanGaps } from './plan-gaps';
import { PlanProgressPanel } from './plan-progress';
import { PlanStatusBadge } from './plan-status';

/** One plan: its run's progress live, then its changes on the rota, to publish or discard. */
export function PlanPage() {
  const { planId = '' } = useParams();
  return <PlanView key={planId} id={planId} />;
}

function PlanView({ id }: { id: string }) {
  const { t } = useTranslation();
  const { plan, mode } = useLivePlan(id);
  const back = (
    <Link to="/plans" className="back-link">
      <span aria-hidden="true" className="flip-in-rtl">
        ‹
      </span>{' '}
      {t('plans.detail.back')}
    </Link>
  );

  if (plan.isPending) {
    return (
      <>
        {back}
        <PageHeader title={t('plans.detail.title')} />
        <LoadingState label={t('plans.detail.loading')} />
      </>
    );
  }
  if (plan.isError) {
    return (
      <>
        {back}
        <PageHeader title={t('plans.detail.title')} />
        <QueryError
          error={plan.error}
          title={t('plans.detail.loadFailed')}
          onRetry={() => void plan.refetch()}
        />
      </>
    );
  }
  return (
    <>
      {back}
      <PlanDetail plan={plan.data} live={mode} />
    </>
  );
}

function PlanDetail({ plan, live }: { plan: Plan; live: LiveMode }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const navigate = useNavigate();
  const { teams } = useSelectedTeam();
  const me = useMe();
  const team = teams.find((candidate) => candidate.id === plan.teamId);
  const timeZone = team?.timeZone ?? 'UTC';
  const mayDecide = canManageTeam(me.data, plan.teamId);
  const publish = usePublishPlan();
  const cancel = useCancelPlan();
  const rerun = useCreatePlan();
  const [announcement, setAnnouncement] = useState('');

  const publishRefusedStale =
    isApiError(publish.error) && publish.error.code === PLAN_ERROR_CODES.stale;
  const stale = plan.status === 'succeeded' && (plan.stale || publishRefusedStale);
  const busy = publish.isPending || cancel.isPending || rerun.isPending;
  const running = !isFinished(plan);

  const runAgain = () =>
    rerun.mutate(
      {
        teamId: plan.teamId,
        from: plan.from,
        to: plan.to,
        mode: plan.mode,
        timeLimitSeconds: plan.timeLimitSeconds,
      },
      { onSuccess: (next) => void navigate(`/plans/${encodeURIComponent(next.id)}`) },
    );
  const runAgainButton = mayDecide ? (
    <button type="button" className="button button--primary" onClick={runAgain} disabled={busy}>
      {rerun.isPending ? t('plans.form.starting') : t('plans.detail.runAgain')}
    </button>
  ) : null;

  const title = t('plans.detail.heading', {
    mode: t(`plans.mode.${plan.mode}`),
    dates: formatDateSpan(plan.from, plan.to, locale),
  });

  let body: ReactNode = null;
  if (running) {
    body = (
      <Panel
        title={plan.status === 'queued' ? t('plans.detail.queued') : t('plans.detail.running')}
        aside={
          mayDecide ? (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => cancel.mutate(plan.id)}
              disabled={busy}
            >
              {t('plans.detail.stop')}
            </button>
          ) : null
        }
      >
        <PlanProgressPanel plan={plan} live={live} />
      </Panel>
    );
  } else if (plan.status === 'failed') {
    body = (
      <Alert tone="error" title={t('plans.detail.failed')} action={runAgainButton}>
        <p>{plan.error ?? t('plans.detail.failedUnknown')}</p>
      </Alert>
    );
  } else if (plan.result) {
    body = (
      <PlanReview
        plan={plan}
        result={plan.result}
        today={todayInZone(timeZone)}
        timeZone={timeZone}
        live={live}
      />
    );
  }

  return (
    <>
      <PageHeader
        title={title}
        subtitle={t('plans.detail.subtitle', {
          team: team?.name ?? '',
          created: formatDateTime(plan.createdAt, locale, timeZone),
          limit: plan.timeLimitSeconds,
        })}
        aside={<PlanStatusBadge status={plan.status} stale={plan.stale} />}
      />
      <div className="list-status" aria-live="polite">
        {announcement ? (
          <span className="rota-announcement">
            <span aria-hidden="true">✓ </span>
            {announcement}
          </span>
        ) : null}
      </div>

      {stale ? (
        <Alert tone="error" title={t('plans.detail.staleTitle')} action={runAgainButton}>
          <p>{t('plans.detail.staleBody')}</p>
        </Alert>
      ) : null}
      {plan.status === 'cancelled' ? (
        <Alert tone="info" title={t('plans.detail.cancelled')} action={runAgainButton} />
      ) : null}
      {plan.status === 'published' && plan.publishedAt ? (
        <Alert tone="success">
          {t('plans.detail.published', {
            at: formatDateTime(plan.publishedAt, locale, timeZone),
          })}
        </Alert>
      ) : null}
      {rerun.isError ? (
        <Alert tone="error" title={t('plans.form.failed')}>
          <p>{errorMessage(rerun.error, t)}</p>
        </Alert>
      ) : null}
      {cancel.isError ? (
        <Alert tone="error" title={t('plans.detail.cancelFailed')}>
          <p>{errorMessage(cancel.error, t)}</p>
        </Alert>
      ) : null}
      {publish.isError && !publishRefusedStale ? (
        <Alert tone="error" title={t('plans.detail.publishFailed')}>
          <p>
            {isApiError(publish.error) && publish.error.code === PLAN_ERROR_CODES.notReady
              ? t('plans.detail.notReady')
              : errorMessage(publish.error, t)}
          </p>
        </Alert>
      ) : null}

      {plan.status === 'succeeded' && mayDecide ? (
        <div className="plan-actions" role="group" aria-label={t('plans.detail.actions')}>
          <button
            type="button"
            className="button button--primary"
            disabled={busy || stale}
            onClick={() =>
              publish.mutate(plan.id, {
                onSuccess: () => setAnnouncement(t('plans.detail.publishedNow')),
              })
            }
          >
            {publish.isPending ? t('plans.detail.publishing') : t('plans.detail.publish')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            disabled={busy}
            onClick={() =>
              cancel.mutate(plan.id, {
                onSuccess: () => setAnnouncement(t('plans.detail.discardedNow')),
              })
            }
          >
            {t('plans.detail.discard')}
          </button>
        </div>
      ) : null}

      {body}
    </>
  );
}

function PlanReview({
  plan,
  result,
  today,
  timeZone,
  live,
}: {
  plan: Plan;
  result: PlanResult;
  today: string;
  timeZone: string;
  live: LiveMode;
}) {
  const { t } = useTranslation();
  const changes = result.added.length + result.removed.length;
  return (
    <>
      <Panel title={t('plans.detail.summaryTitle')}>
        <p className="plan-summary">
          {t('plans.detail.summary', {
            added: t('plans.detail.added', { count: result.added.length }),
            removed: t('plans.detail.removed', { count: result.removed.length }),
            before: result.gapsBefore,
            after: result.gapsAfter,
          })}
        </p>
        {plan.timeLimitReached ? (
          <p className="muted">{t('plans.detail.timeLimitReached')}</p>
        ) : null}
        {result.coverageGapsAfter && result.coverageGapsAfter.length > 0 ? (
          <CoverageGapsAfter
            gaps={result.coverageGapsAfter}
            total={result.gapsAfter}
            timeZone={timeZone}
          />
        ) : null}
        {result.notes.length > 0 ? (
          // One sentence per person and category can run long: folded by default.
          <details className="disclosure">
            <summary>{t('plans.detail.notes', { count: result.notes.length })}</summary>
            <ul className="plan-notes">
              {result.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          </details>
        ) : null}
        <PlanProgressPanel plan={plan} live={live} />
      </Panel>
      <Panel title={t('plans.diff.title')}>
        {changes === 0 ? (
          <p>{t('plans.diff.none')}</p>
        ) : (
          <>
            <PlanDiff plan={plan} result={result} today={today} />
            <h3 className="plan-section-title">{t('plans.diff.listTitle')}</h3>
            <ChangeList added={result.added} removed={result.removed} />
          </>
        )}
      </Panel>
      <Panel title={t('plans.gaps.title', { count: result.gaps.length })}>
        {result.gaps.length === 0 ? (
          <p>
            <span aria-hidden="true">✓ </span>
            {t('plans.gaps.none')}
          </p>
        ) : (
          <PlanGaps gaps={result.gaps} />
        )}
      </Panel>
    </>
  );
}
