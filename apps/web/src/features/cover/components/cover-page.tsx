import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/ui/empty-state';
import { LoadingState, Spinner } from '../../../components/ui/loading-state';
import { PageHeader } from '../../../components/ui/page-header';
import { QueryError } from '../../../components/ui/query-error';
import { useLeaveRequests } from '../../../lib/api/get-leave-requests';
import { useLeaveTypes } from '../../../lib/api/get-leave-types';
import { useRota } from '../../../lib/api/get-rota';
import { useSkills } from '../../../lib/api/get-skills';
import { MAX_PAGE_SIZE, MAX_ROTA_DAYS, type Skill, type Team } from '../../../lib/api-types';
import { compareText, formatTimeZoneName } from '../../../lib/intl';
import {
  addDays,
  formatDateRange,
  formatDateSpan,
  formatLocalDate,
  formatLocalStampRange,
  isLocalDate,
} from '../../../lib/local-date';
import { useSelectedTeam } from '../../../lib/selected-team';
import { type AbsenceCover, buildCoverList } from '../hooks/build-cover-list';
import { type CoverRange, coverRangeProblem, useCoverRange } from '../hooks/use-cover-range';

/** Who covers whom: each absence in a period with its substitutes by day and duty. */
export function CoverPage() {
  const { t } = useTranslation();
  const { team, teams } = useSelectedTeam();
  if (!team) {
    return (
      <>
        <PageHeader title={t('cover.title')} />
        <EmptyState title={teams.length === 0 ? t('cover.noTeams') : t('cover.noTeam')} />
      </>
    );
  }
  return <TeamCover key={team.id} team={team} />;
}

function TeamCover({ team }: { team: Team }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const { range, setRange, reset } = useCoverRange(team.timeZone);
  const problem = coverRangeProblem(range);
  const rota = useRota(
    { teamId: team.id, from: range.from, to: range.to },
    { enabled: problem === null },
  );
  const skills = useSkills();
  const typed = rota.data?.leave.some((leave) => leave.leaveTypeId !== null) ?? false;
  const leaveTypes = useLeaveTypes({ enabled: typed });
  const list = useMemo(
    () => (rota.data ? buildCoverList(rota.data, compareText(locale)) : null),
    [rota.data, locale],
  );
  // Handover notes are for the substitutes; the rota does not carry them, the requests do.
  const requests = useLeaveRequests(
    {
      teamId: team.id,
      from: range.from,
      to: addDays(range.to, -1),
      limit: MAX_PAGE_SIZE,
      offset: 0,
    },
    { enabled: problem === null },
  );
  const handoverNotes = useMemo(
    () =>
      new Map(
        (requests.data?.items ?? [])
          .filter((request) => request.handoverNote)
          .map((request) => [request.id, request.handoverNote ?? ''] as const),
      ),
    [requests.data],
  );
  const busy = rota.isFetching && rota.isPlaceholderData;
  const timeZone = rota.data?.timeZone ?? team.timeZone;
  const typeNames = new Map(
    (leaveTypes.data?.items ?? []).map((type) => [type.id, type.name] as const),
  );

  return (
    <div className="cover-page">
      <PageHeader
        title={t('cover.title')}
        subtitle={t('cover.summaryLine', {
          team: team.name,
          range: formatDateRange(range.from, range.to, locale),
          timeZone: formatTimeZoneName(timeZone),
        })}
        aside={
          <button
            type="button"
            className="button button--secondary no-print"
            onClick={() => window.print()}
            disabled={!list || list.absences.length === 0}
          >
            {t('cover.print')}
          </button>
        }
      />

      <CoverToolbar range={range} onChange={setRange} onReset={reset} />

      <div className="list-status no-print" aria-live="polite">
        {busy ? (
          <span className="list-status__updating">
            <Spinner /> {t('cover.updating')}
          </span>
        ) : null}
      </div>

      {problem ? null : rota.isPending ? (
        <LoadingState label={t('cover.loading')} />
      ) : rota.isError && !list ? (
        <QueryError
          error={rota.error}
          title={t('cover.loadFailed')}
          onRetry={() => void rota.refetch()}
        />
      ) : list ? (
        <div className={busy ? 'cover-list-wrap is-stale' : 'cover-list-wrap'} aria-busy={busy}>
          {rota.isError ? (
            <QueryError
              error={rota.error}
              title={t('cover.loadFailed')}
              onRetry={() => void rota.refetch()}
            />
          ) : null}
          {list.absences.length === 0 ? (
            <EmptyState title={t('cover.emptyTitle')}>{t('cover.emptyBody')}</EmptyState>
          ) : (
            <>
              <p className="cover-summary">
                {[
                  t('cover.absences', { count: list.absences.length }),
                  t('cover.withoutCover', { count: list.uncovered }),
                  t('cover.openGaps', { count: list.openGaps }),
                ].join(' · ')}
              </p>
              <ol className="cover-list">
                {list.absences.map((absence) => (
                  <AbsenceCard
                    key={absence.leave.id}
                    absence={absence}
                    typeName={
                      absence.leave.leaveTypeId
                        ? (typeNames.get(absence.leave.leaveTypeId) ?? null)
                        : null
                    }
                    skills={skills.data?.items}
                    handoverNote={handoverNotes.get(absence.leave.id) ?? null}
                  />
                ))}
              </ol>
            </>
          )}
        </div>
      ) : null}
    </div>
  );
}

function CoverToolbar({
  range,
  onChange,
  onReset,
}: {
  range: CoverRange;
  onChange: (range: CoverRange) => void;
  onReset: () => void;
}) {
  const { t } = useTranslation();
  const fromId = useId();
  const untilId = useId();
  const errorId = useId();
  // The pickers show the last day included; the URL and the API take the day after.
  const [from, setFrom] = useState(range.from);
  const [until, setUntil] = useState(addDays(range.to, -1));
  const [synced, setSynced] = useState(range);
  if (synced.from !== range.from || synced.to !== range.to) {
    setSynced(range);
    setFrom(range.from);
    setUntil(addDays(range.to, -1));
  }
  const complete = isLocalDate(from) && isLocalDate(until);
  const problem = complete ? coverRangeProblem({ from, to: addDays(until, 1) }) : null;

  const apply = (nextFrom: string, nextUntil: string) => {
    if (!isLocalDate(nextFrom) || !isLocalDate(nextUntil)) return;
    const next = { from: nextFrom, to: addDays(nextUntil, 1) };
    if (coverRangeProblem(next) === null) onChange(next);
  };

  return (
    <div
      className="rota-toolbar cover-toolbar no-print"
      role="group"
      aria-label={t('cover.period')}
    >
      <div className="field">
        <label className="field__label" htmlFor={fromId}>
          {t('cover.from')}
        </label>
        <input
          id={fromId}
          className="input"
          type="date"
          value={from}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? errorId : undefined}
          onChange={(event) => {
            setFrom(event.target.value);
            apply(event.target.value, until);
          }}
        />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={untilId}>
          {t('cover.until')}
        </label>
        <input
          id={untilId}
          className="input"
          type="date"
          value={until}
          min={from || undefined}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? errorId : undefined}
          onChange={(event) => {
            setUntil(event.target.value);
            apply(from, event.target.value);
          }}
        />
      </div>
      <button type="button" className="button button--secondary" onClick={onReset}>
        {t('cover.nextFourWeeks')}
      </button>
      {problem ? (
        <p className="field__errors rota-toolbar__error" id={errorId} role="alert">
          <span className="field__error-icon" aria-hidden="true">
            !
          </span>
          {problem === 'order' ? t('cover.order') : t('cover.tooLong', { max: MAX_ROTA_DAYS })}
        </p>
      ) : null}
    </div>
  );
}

function AbsenceCard({
  absence,
  typeName,
  skills,
  handoverNote,
}: {
  absence: AbsenceCover;
  typeName: string | null;
  skills: readonly Skill[] | undefined;
  handoverNote: string | null;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const headingId = useId();
  const { leave } = absence;
  const name = absence.employee?.name ?? t('cover.unknownPerson');
  const dates = formatDateSpan(leave.startDate, leave.endDate, locale);
  const uncovered = absence.openCount > 0;
  const nothingPlanned = absence.openCount === 0 && absence.coveredCount === 0;

  return (
    <li
      className={`absence${uncovered ? ' absence--uncovered' : nothingPlanned ? ' absence--quiet' : ''}`}
    >
      <article aria-labelledby={headingId}>
        <header className="absence__head">
          <h2 className="absence__name" id={headingId}>
            {name}
          </h2>
          <p className="absence__dates">
            {dates}
            {leave.halfDay ? ` (${t(`leave.halfDay.${leave.halfDay}`)})` : ''}
          </p>
          <p className="absence__tags">
            <span className="absence__type">{typeName ?? t('leave.away')}</span>
            {leave.status === 'pending' ? (
              <span className="leave-status leave-status--pending">
                <span aria-hidden="true">◔</span> {t('cover.pending')}
              </span>
            ) : null}
            {uncovered ? (
              <span className="absence__flag absence__flag--none">
                <span aria-hidden="true">▲</span>{' '}
                {absence.coveredCount === 0
                  ? t('cover.noCover', { count: absence.openCount })
                  : t('cover.partlyCovered', {
                      count: absence.openCount,
                      total: absence.openCount + absence.coveredCount,
                    })}
              </span>
            ) : nothingPlanned ? (
              <span className="absence__flag">{t('cover.nothingPlanned')}</span>
            ) : (
              <span className="absence__flag absence__flag--covered">
                <span aria-hidden="true">✓</span>{' '}
                {t('cover.duties', { count: absence.coveredCount })}
              </span>
            )}
          </p>
        </header>

        {handoverNote ? (
          <p className="absence__handover">
            <span className="leave-item__label">{t('cover.handover')}: </span>
            {handoverNote}
          </p>
        ) : null}

        {nothingPlanned ? null : (
          <table className="table table--compact absence__table">
            <caption className="visually-hidden">{t('cover.tableCaption', { name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('cover.columns.day')}</th>
                <th scope="col">{t('cover.columns.duty')}</th>
                <th scope="col">{t('cover.columns.time')}</th>
                <th scope="col">{t('cover.columns.substitute')}</th>
              </tr>
            </thead>
            <tbody>
              {absence.days.flatMap((day) =>
                day.duties.map((duty, index) => (
                  <tr key={duty.shift.key} className={duty.covered ? undefined : 'absence__open'}>
                    {index === 0 ? (
                      <th scope="rowgroup" rowSpan={day.duties.length} className="absence__day">
                        {formatLocalDate(day.date, locale, {
                          weekday: 'short',
                          day: 'numeric',
                          month: 'short',
                        })}
                      </th>
                    ) : null}
                    <td>
                      {duty.type ? (
                        <>
                          <span
                            className="absence__swatch"
                            aria-hidden="true"
                            style={{ background: duty.type.colour }}
                          />
                          {t('cover.duty', { name: duty.type.name, code: duty.type.code })}
                        </>
                      ) : (
                        t('cover.unknownDuty')
                      )}
                    </td>
                    <td className="absence__time">
                      {t('cover.time', {
                        start: duty.shift.startLocal.slice(11, 16),
                        end: duty.shift.endLocal.slice(11, 16),
                      })}
                      {duty.shift.endLocal.slice(0, 10) > duty.shift.date ? (
                        <span className="absence__next-day"> {t('cover.nextDay')}</span>
                      ) : null}
                    </td>
                    <td>
                      {duty.covered ? (
                        (duty.substitute?.name ?? t('cover.unknownPerson'))
                      ) : (
                        <strong className="absence__not-covered">
                          <span aria-hidden="true">▲ </span>
                          {t('cover.notCovered')}
                        </strong>
                      )}
                    </td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        )}

        {absence.gaps.length > 0 ? (
          <section className="absence__gaps" aria-label={t('cover.gapsLabel', { name })}>
            <h3 className="absence__gaps-title">
              <span aria-hidden="true">▲ </span>
              {t('cover.gapsTitle', { count: absence.gaps.length })}
            </h3>
            <ul className="impact__losses impact__losses--gap">
              {absence.gaps.map((gap) => (
                <li key={`${gap.skillId ?? ''}|${gap.start}|${gap.end}`} className="impact__loss">
                  <span aria-hidden="true" className="impact__mark">
                    ▲
                  </span>
                  <span>
                    <strong>
                      {gap.skillId === null
                        ? t('cover.anySkill')
                        : (skills?.find((skill) => skill.id === gap.skillId)?.name ??
                          t('cover.unknownSkill'))}
                    </strong>
                    {' · '}
                    {formatLocalStampRange(gap.startLocal, gap.endLocal, locale)}
                    {' · '}
                    {t('cover.gapLine', { min: gap.min, staffed: gap.staffed })}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        ) : (
          <p className="absence__ok">
            <span aria-hidden="true">✓ </span>
            {t('cover.noGaps')}
          </p>
        )}
      </article>
    </li>
  );
}
