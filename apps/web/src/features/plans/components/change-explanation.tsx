import { useTranslation } from 'react-i18next';
import type { PlanChange } from '../../../lib/api-types';
import { formatLocalDate } from '../../../lib/local-date';

export type ChangeKind = 'added' | 'removed';

/** `+ Dawid Zieliński · Early 06:00–14:00 · Fri, May 2 · phone · covers Anna Kowalska` */
export function useChangeTitle(): (change: PlanChange, kind: ChangeKind) => string {
  const { t, i18n } = useTranslation();
  return (change, kind) =>
    t(`plans.change.title.${kind}`, {
      name: change.employeeName,
      shift: change.shiftTypeName,
      start: change.startLocal,
      end: change.endLocal,
      date: formatLocalDate(change.date, i18n.language, {
        weekday: 'short',
        day: 'numeric',
        month: 'short',
      }),
    }) +
    (change.skillName ? ` · ${t('plans.change.duty', { skill: change.skillName })}` : '') +
    (change.coverForName ? ` · ${t('plans.change.covers', { name: change.coverForName })}` : '');
}

/** Why this person (the solver's sentences) and why not the next candidates. */
export function ChangeExplanation({ change }: { change: PlanChange }) {
  const { t } = useTranslation();
  return (
    <div className="plan-change__explanation">
      {change.why.length > 0 ? (
        <>
          <p className="plan-change__heading">
            {t('plans.change.why', { name: change.employeeName })}
          </p>
          <ul className="plan-change__reasons">
            {change.why.map((sentence) => (
              <li key={sentence}>{sentence}</li>
            ))}
          </ul>
        </>
      ) : (
        <p className="muted">{t('plans.change.noWhy')}</p>
      )}
      {change.alternatives.length > 0 ? (
        <>
          <p className="plan-change__heading">{t('plans.change.alternatives')}</p>
          <ul className="plan-change__reasons">
            {change.alternatives.map((alternative) => (
              <li key={alternative.employeeId}>
                {t('plans.change.whyNot', {
                  name: alternative.employeeName,
                  reason: alternative.reason,
                })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

const MARKS: Record<ChangeKind, string> = { added: '+', removed: '−' };

/** Every change as a disclosure: the summary names it, opening it explains it. */
export function ChangeList({
  added,
  removed,
}: {
  added: readonly PlanChange[];
  removed: readonly PlanChange[];
}) {
  const title = useChangeTitle();
  const entries = [
    ...added.map((change) => ({ change, kind: 'added' as const })),
    ...removed.map((change) => ({ change, kind: 'removed' as const })),
  ].sort(
    (a, b) =>
      a.change.date.localeCompare(b.change.date) ||
      a.change.startLocal.localeCompare(b.change.startLocal),
  );
  return (
    <ul className="plan-changes">
      {entries.map(({ change, kind }) => (
        <li key={`${kind}:${change.key}`} className={`plan-change plan-change--${kind}`}>
          <details>
            <summary>
              <span className="plan-change__mark" aria-hidden="true">
                {MARKS[kind]}
              </span>{' '}
              {kind === 'removed' ? <s>{title(change, kind)}</s> : title(change, kind)}
            </summary>
            <ChangeExplanation change={change} />
          </details>
        </li>
      ))}
    </ul>
  );
}
