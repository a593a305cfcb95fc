import { useTranslation } from 'react-i18next';
import type { PlanGap } from '../../../lib/api-types';
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
