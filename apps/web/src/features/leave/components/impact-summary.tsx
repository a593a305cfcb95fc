import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { CoverageLoss, LeaveImpact, Skill } from '../../../lib/api-types';
import { formatLocalDate, formatLocalStampRange } from '../../../lib/local-date';
import { daysText } from './leave-text';

export interface ImpactSummaryProps {
  impact: LeaveImpact;
  skills: readonly Skill[] | undefined;
  /** Heading level of the section titles inside (the summary sits under an h2 or an h3). */
  headingLevel?: 3 | 4;
}

export function skillLabel(
  skillId: string | null,
  skills: readonly Skill[] | undefined,
  t: TFunction,
): string {
  if (skillId === null) return t('leave.impact.anySkill');
  return skills?.find((skill) => skill.id === skillId)?.name ?? t('leave.impact.unknownSkill');
}

/** A short sentence for the live region: cost, duties below minimum, policy conflicts. */
export function impactSentence(impact: LeaveImpact, t: TFunction): string {
  return t('leave.impact.liveSummary', {
    cost: daysText(impact.days, t),
    gaps: t('leave.impact.gapCount', { count: impact.gaps.length }),
    conflicts: t('leave.impact.conflictCount', { count: impact.policyViolations.length }),
  });
}

/** Shortfalls that are not also gaps: below the ideal headcount but at or above the minimum. */
export function belowIdealOnly(impact: LeaveImpact): CoverageLoss[] {
  return impact.shortfalls.filter((loss) => loss.staffedAfter >= loss.min);
}

/**
 * What a leave would do, in words: the days it costs (per year when it spans New Year), the
 * balance after, the leave policies it breaks and the duties it would leave below minimum or
 * ideal staffing, each with its local time range on the team's wall clock.
 */
export function ImpactSummary({ impact, skills, headingLevel = 3 }: ImpactSummaryProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const belowIdeal = belowIdealOnly(impact);
  const severalYears = impact.daysByYear.length > 1;
  const number = (value: number) => new Intl.NumberFormat(locale).format(value);

  return (
    <div className="impact">
      <section className="impact__section">
        <Heading className="impact__title">{t('leave.impact.costTitle')}</Heading>
        <p className="impact__cost">
          {impact.days === 0
            ? t('leave.impact.costsNothing')
            : t('leave.impact.costs', { days: daysText(impact.days, t) })}
        </p>
        {severalYears ? (
          <ul className="impact__list">
            {impact.daysByYear.map((entry) => (
              <li key={entry.year}>
                {t('leave.impact.perYear', { year: entry.year, days: daysText(entry.days, t) })}
              </li>
            ))}
          </ul>
        ) : null}
        {impact.countsAgainstAllowance ? null : (
          <p className="muted">{t('leave.impact.notCounted')}</p>
        )}
      </section>

      {impact.balanceAfter ? (
        <section className="impact__section">
          <Heading className="impact__title">{t('leave.impact.balanceTitle')}</Heading>
          <ul className="impact__list">
            {impact.balanceAfter.map((after) => {
              const before = impact.balanceBefore?.find((b) => b.year === after.year);
              const overdrawn = after.days < 0;
              return (
                <li key={after.year} className={overdrawn ? 'impact__overdrawn' : undefined}>
                  {before
                    ? t('leave.impact.balanceLine', {
                        year: after.year,
                        before: daysText(before.days, t),
                        after: daysText(after.days, t),
                      })
                    : t('leave.impact.balanceAfterLine', {
                        year: after.year,
                        after: daysText(after.days, t),
                      })}
                  {overdrawn ? (
                    <strong className="impact__warning">
                      {' '}
                      <span aria-hidden="true">▲ </span>
                      {t('leave.impact.overdrawn')}
                    </strong>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}

      <section className="impact__section">
        <Heading className="impact__title">{t('leave.impact.policyTitle')}</Heading>
        {impact.policyViolations.length === 0 ? (
          <p className="impact__ok">
            <span aria-hidden="true">✓ </span>
            {t('leave.impact.noPolicy')}
          </p>
        ) : (
          <ul className="impact__list impact__list--problems">
            {impact.policyViolations.map((violation, index) => (
              <li key={`${violation.rule}-${index}`}>
                <span aria-hidden="true" className="impact__mark">
                  !
                </span>
                <span>
                  <strong>{t(`leave.impact.rule.${violation.rule}`)}</strong>
                  {violation.detail ? `: ${violation.detail}` : ''}
                  {violation.dates.length > 0 ? (
                    <span className="impact__dates">
                      {' '}
                      {t('leave.impact.onDates', {
                        dates: violation.dates
                          .slice(0, 10)
                          .map((date) =>
                            formatLocalDate(date, locale, {
                              weekday: 'short',
                              day: 'numeric',
                              month: 'short',
                            }),
                          )
                          .join(', '),
                      })}
                      {violation.dates.length > 10 ? ' …' : ''}
                    </span>
                  ) : null}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="impact__section">
        <Heading className="impact__title">
          {t('leave.impact.gapsTitle')}
          {impact.gaps.length > 0 ? (
            <span className="impact__count impact__count--gap">{number(impact.gaps.length)}</span>
          ) : null}
        </Heading>
        {impact.gaps.length === 0 ? (
          <p className="impact__ok">
            <span aria-hidden="true">✓ </span>
            {t('leave.impact.noGaps')}
          </p>
        ) : (
          <LossList losses={impact.gaps} kind="gap" skills={skills} t={t} locale={locale} />
        )}
      </section>

      {belowIdeal.length > 0 ? (
        <section className="impact__section">
          <Heading className="impact__title">
            {t('leave.impact.shortfallsTitle')}
            <span className="impact__count impact__count--shortfall">
              {number(belowIdeal.length)}
            </span>
          </Heading>
          <LossList losses={belowIdeal} kind="shortfall" skills={skills} t={t} locale={locale} />
        </section>
      ) : null}
    </div>
  );
}

export function LossList({
  losses,
  kind,
  skills,
  t,
  locale,
}: {
  losses: readonly CoverageLoss[];
  kind: 'gap' | 'shortfall';
  skills: readonly Skill[] | undefined;
  t: TFunction;
  locale: string;
}) {
  return (
    <ul className={`impact__losses impact__losses--${kind}`}>
      {losses.map((loss) => (
        <li key={`${loss.skillId ?? ''}|${loss.start}|${loss.end}`} className="impact__loss">
          <span aria-hidden="true" className="impact__mark">
            {kind === 'gap' ? '▲' : '◆'}
          </span>
          <span>
            <strong>{skillLabel(loss.skillId, skills, t)}</strong>
            {' · '}
            <span className="impact__when">
              {formatLocalStampRange(loss.startLocal, loss.endLocal, locale)}
            </span>
            {' · '}
            {kind === 'gap'
              ? t('leave.impact.gapLine', {
                  min: loss.min,
                  after: loss.staffedAfter,
                  before: loss.staffedBefore,
                })
              : t('leave.impact.shortfallLine', {
                  ideal: loss.ideal,
                  after: loss.staffedAfter,
                  before: loss.staffedBefore,
                })}
            {loss.substitutes && (
              <span className="impact__substitutes">
                {loss.substitutes.length === 0
                  ? t('leave.impact.noSubstitute')
                  : t('leave.impact.substitutes', {
                      names: loss.substitutes.map((s) => s.employeeName).join(', '),
                    })}
                {loss.substitutes[0] && (
                  <span className="impact__why">{loss.substitutes[0].why.join(' ')}</span>
                )}
              </span>
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}
