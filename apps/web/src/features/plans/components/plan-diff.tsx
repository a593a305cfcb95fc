import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Dialog } from '../../../components/ui/dialog';
import { LoadingState } from '../../../components/ui/loading-state';
import { QueryError } from '../../../components/ui/query-error';
import { useDayLabels } from '../../../components/rota/day-labels';
import { type CellTarget, RotaGrid } from '../../../components/rota/rota-grid';
import { useLeaveTypeLooks } from '../../../components/rota/rota-labels';
import { useRotaModel } from '../../../components/rota/use-rota-model';
import { useRota } from '../../../lib/api/get-rota';
import { MAX_ROTA_DAYS, type Plan, type PlanChange, type PlanResult } from '../../../lib/api-types';
import { addDays, daysBetween, formatDateSpan, formatLocalDate } from '../../../lib/local-date';
import { applyPlanChanges } from '../hooks/apply-plan-changes';
import { ChangeExplanation, type ChangeKind, useChangeTitle } from './change-explanation';

const NO_COVERAGE_LINES: never[] = [];

/**
 * The plan's changes on the rota grid of its dates: additions marked `+`, removals struck
 * through, each saying so in words too. A cell with a change opens its explanation.
 */
export function PlanDiff({
  plan,
  result,
  today,
}: {
  plan: Plan;
  result: PlanResult;
  today: string;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  // The rota is read at most MAX_ROTA_DAYS at a time; a longer plan shows its first part here
  // (every change is still listed below).
  const days = Math.min(daysBetween(plan.from, plan.to) + 1, MAX_ROTA_DAYS);
  const to = addDays(plan.from, days);
  const clipped = addDays(plan.to, 1) > to;
  const rota = useRota({ teamId: plan.teamId, from: plan.from, to });
  const diff = useMemo(
    () => (rota.data ? applyPlanChanges(rota.data, result) : null),
    [rota.data, result],
  );
  const model = useRotaModel(diff?.rota, diff?.proposed);
  const dayLabels = useDayLabels(model?.days ?? [], today);
  const leaveTypes = useLeaveTypeLooks(rota.data);
  const [target, setTarget] = useState<CellTarget | null>(null);
  const onOpen = useCallback((next: CellTarget) => setTarget(next), []);
  const title = useChangeTitle();

  if (rota.isPending) return <LoadingState label={t('plans.diff.loading')} />;
  if (rota.isError || !model || !diff) {
    return (
      <QueryError
        error={rota.error}
        title={t('plans.diff.loadFailed')}
        onRetry={() => void rota.refetch()}
      />
    );
  }

  const opened: { change: PlanChange; kind: ChangeKind }[] = [];
  if (target) {
    for (const shift of model.cells.get(target.employeeId)?.[model.dayIndex.get(target.date) ?? -1]
      ?.shifts ?? []) {
      const change = diff.changeByShiftKey.get(shift.key);
      const kind = model.proposed.get(shift.key);
      if (change && kind) opened.push({ change, kind });
    }
  }
  const person = target ? model.employeeById.get(target.employeeId)?.name : undefined;

  return (
    <>
      {clipped ? (
        <Alert tone="info">
          {t('plans.diff.clipped', {
            dates: formatDateSpan(plan.from, addDays(to, -1), locale),
          })}
        </Alert>
      ) : null}
      <p className="visually-hidden">{t('plans.diff.keyboardHint')}</p>
      <div className="plan-legend" aria-hidden="true">
        <span className="shift shift--added plan-legend__item">
          <span className="shift__change">+</span> {t('plans.diff.legendAdded')}
        </span>
        <span className="shift shift--removed plan-legend__item">
          <span className="shift__change">−</span> <s>{t('plans.diff.legendRemoved')}</s>
        </span>
      </div>
      <RotaGrid
        model={model}
        days={dayLabels}
        coverageLines={NO_COVERAGE_LINES}
        teamTimeZone={model.rota.timeZone}
        canEdit={false}
        canOpen
        busy={false}
        label={t('plans.diff.gridLabel', {
          team: model.rota.teamName,
          range: formatDateSpan(plan.from, addDays(to, -1), locale),
        })}
        coverageLabel=""
        leaveTypes={leaveTypes}
        onOpen={onOpen}
      />
      {target ? (
        <Dialog
          title={person ?? t('plans.diff.unknownPerson')}
          subtitle={formatLocalDate(target.date, locale, { dateStyle: 'full' })}
          closeLabel={t('plans.diff.close')}
          onClose={() => setTarget(null)}
        >
          {opened.length === 0 ? (
            <p>{t('plans.diff.noChange')}</p>
          ) : (
            opened.map(({ change, kind }) => (
              <section key={`${kind}:${change.key}`} className={`plan-change plan-change--${kind}`}>
                <h3 className="plan-change__title">{title(change, kind)}</h3>
                <ChangeExplanation change={change} />
              </section>
            ))
          )}
        </Dialog>
      ) : null}
    </>
  );
}
