import { useTranslation } from 'react-i18next';
import type { CoverageGapAfter, PlanGap } from '../../../lib/api-types';
import { formatDateTime, formatTimeZoneName } from '../../../lib/intl';
import { formatLocalDate } from '../../../lib/local-date';

/** The gaps the plan could not fill, each with why every candidate was ruled out. */
export function PlanGaps({ gaps }: { gaps: readonly PlanGap[] }) {
  const { t, i18n } = useTranslation();
  return (
    <ul className="plan-gaps">
      {gaps.map((gap) => (
        <li key={`${gap.date}|${gap.shiftTypeId}|${gap.skillName ?? ''}`} className="plan-gap">
          <p className="plan-gap__title">
            <span aria-hidden="true">▲ </span>
            {t('plans.gaps.line', {
              date: formatLocalDate(gap.date, i18n.language, {
                weekday: 'short',
                day: 'numeric',
                month: 'short',
              }),
              shift: gap.shiftTypeName,
              skill: gap.skillName ?? t('plans.gaps.anySkill'),
              count: gap.missing,
            })}
          </p>
          {gap.candidates.length > 0 ? (
            <ul className="plan-gap__candidates">
              {gap.candidates.map((candidate) => (
                <li key={candidate.employeeId}>
                  {t('plans.gaps.candidate', {
                    name: candidate.employeeName,
                    reason: candidate.reason,
                  })}
                  {candidate.rule ? (
                    <span className="muted">
                      {' '}
                      ({t('plans.gaps.rule', { rule: candidate.rule })})
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('plans.gaps.noCandidates')}</p>
          )}
        </li>
      ))}
    </ul>
  );
}

/**
 * The coverage gaps the rota will still show after the plan, as the coverage row counts them,
 * in the team's zone. Those before the plan's first shift need a plan that starts a day earlier.
 */
export function CoverageGapsAfter({
  gaps,
  total,
  timeZone,
}: {
  gaps: readonly CoverageGapAfter[];
  total: number;
  timeZone: string;
}) {
  const { t, i18n } = useTranslation();
  const early = gaps.filter((gap) => gap.beforePlan).length;
  return (
    <details className="disclosure">
      <summary>
        {t('plans.coverageGaps.title', { count: total, zone: formatTimeZoneName(timeZone) })}
      </summary>
      {early > 0 ? (
        <p className="muted">{t('plans.coverageGaps.early', { count: early })}</p>
      ) : null}
      <ul className="plan-notes">
        {gaps.map((gap) => (
          <li key={`${gap.start}|${gap.skillId ?? ''}`}>
            <span aria-hidden="true">▲ </span>
            {t('plans.coverageGaps.line', {
              from: formatDateTime(gap.start, i18n.language, timeZone),
              to: formatDateTime(gap.end, i18n.language, timeZone),
              skill: gap.skillName ?? t('plans.gaps.anySkill'),
              count: gap.missing,
            })}
            {gap.beforePlan ? (
              <span className="muted"> ({t('plans.coverageGaps.beforePlan')})</span>
            ) : null}
          </li>
        ))}
      </ul>
    </details>
  );
}
