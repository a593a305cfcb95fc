import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { EmptyState } from '../../../components/ui/empty-state';
import { LoadingState, Spinner } from '../../../components/ui/loading-state';
import { PageHeader } from '../../../components/ui/page-header';
import { QueryError } from '../../../components/ui/query-error';
import { canManageTeam, useMe } from '../../../lib/api/get-me';
import { useSkills } from '../../../lib/api/get-skills';
import type { Skill, Team } from '../../../lib/api-types';
import { formatTimeZoneName } from '../../../lib/intl';
import { addDays, formatDateRange, formatLocalDate } from '../../../lib/local-date';
import { useSelectedTeam } from '../../../lib/selected-team';
import { useRota } from '../../../lib/api/get-rota';
import { rangeProblem, useRotaRange } from '../hooks/use-rota-range';
import { type RotaModel, useRotaModel } from '../../../components/rota/use-rota-model';
import { useDayLabels } from '../../../components/rota/day-labels';
import { type CellTarget, type LeaveTypeLook, RotaGrid } from '../../../components/rota/rota-grid';
import { useCoverageLines, useLeaveTypeLooks } from '../../../components/rota/rota-labels';
import { RotaToolbar } from './rota-toolbar';
import { ShiftDialog } from './shift-dialog';

/** The selected team's rota: who works when, who covers for whom, and where coverage falls short. */
export function RotaPage() {
  const { t } = useTranslation();
  const { team, teams } = useSelectedTeam();
  if (!team) {
    return (
      <>
        <PageHeader title={t('rota.title')} />
        <EmptyState title={teams.length === 0 ? t('rota.noTeams') : t('rota.noTeam')} />
      </>
    );
  }
  // Keyed by team: another team starts from a clean slate (no previous team's rows dimmed).
  return <TeamRota key={team.id} team={team} />;
}

function TeamRota({ team }: { team: Team }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const { range, today, setRange, changeView, previous, next, goToToday } = useRotaRange(
    team.timeZone,
  );
  const problem = rangeProblem(range);
  const me = useMe();
  const skills = useSkills();
  const rota = useRota(
    { teamId: team.id, from: range.from, to: range.to },
    { enabled: problem === null },
  );
  const model = useRotaModel(rota.data);
  const canEdit = canManageTeam(me.data, team.id);
  const leaveTypeLooks = useLeaveTypeLooks(rota.data);

  const [target, setTarget] = useState<CellTarget | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const onOpen = useCallback((next: CellTarget) => {
    setAnnouncement('');
    setTarget(next);
  }, []);

  const timeZone = rota.data?.timeZone ?? team.timeZone;
  const busy = rota.isFetching && rota.isPlaceholderData;

  return (
    <>
      <PageHeader
        title={t('rota.title')}
        subtitle={t('rota.teamSummary', {
          team: team.name,
          timeZone: formatTimeZoneName(timeZone),
        })}
        aside={model ? <CoverageSummaryLine model={model} /> : null}
      />

      <RotaToolbar
        range={range}
        onViewChange={changeView}
        onPrevious={previous}
        onNext={next}
        onToday={goToToday}
        onRangeChange={setRange}
      />

      <div className="list-status" aria-live="polite">
        {busy ? (
          <span className="list-status__updating">
            <Spinner /> {t('rota.updating')}
          </span>
        ) : announcement ? (
          <span className="rota-announcement">
            <span aria-hidden="true">✓ </span>
            {announcement}
          </span>
        ) : null}
      </div>

      {problem ? null : rota.isPending ? (
        <LoadingState label={t('rota.loading')} />
      ) : rota.isError && !model ? (
        <QueryError
          error={rota.error}
          title={t('rota.loadFailed')}
          onRetry={() => void rota.refetch()}
        />
      ) : model ? (
        <>
          {rota.isError ? (
            <QueryError
              error={rota.error}
              title={t('rota.loadFailed')}
              onRetry={() => void rota.refetch()}
            />
          ) : null}
          <RotaContent
            model={model}
            team={team}
            today={today}
            canEdit={canEdit}
            busy={busy}
            skills={skills.data?.items}
            leaveTypes={leaveTypeLooks}
            onOpen={onOpen}
            locale={locale}
          />
          {target && canEdit && !busy ? (
            <ShiftDialog
              target={target}
              model={model}
              teamTimeZone={timeZone}
              skillCode={(id) => skillCodeOf(model, skills.data?.items, id)}
              onClose={() => setTarget(null)}
              onDone={(message) => {
                setTarget(null);
                setAnnouncement(message);
              }}
            />
          ) : null}
        </>
      ) : null}
    </>
  );
}

function skillCodeOf(model: RotaModel, skills: readonly Skill[] | undefined, id: string): string {
  const fromCatalogue = skills?.find((skill) => skill.id === id)?.code;
  if (fromCatalogue) return fromCatalogue;
  for (const employee of model.employees) {
    const found = employee.skills.find((skill) => skill.id === id);
    if (found) return found.code;
  }
  return id.slice(0, 8);
}

function RotaContent({
  model,
  team,
  today,
  canEdit,
  busy,
  skills,
  leaveTypes,
  onOpen,
  locale,
}: {
  model: RotaModel;
  team: Team;
  today: string;
  canEdit: boolean;
  busy: boolean;
  skills: readonly Skill[] | undefined;
  leaveTypes: ReadonlyMap<string, LeaveTypeLook>;
  onOpen: (target: CellTarget) => void;
  locale: string;
}) {
  const { t } = useTranslation();
  const days = useDayLabels(model.days, today);
  const coverageLines = useCoverageLines(model, skills);
  const rangeLabel = formatDateRange(model.rota.from, model.rota.to, locale);

  if (model.employees.length === 0) {
    return (
      <EmptyState title={t('rota.empty.noStaffTitle')}>{t('rota.empty.noStaffBody')}</EmptyState>
    );
  }

  return (
    <>
      {model.shiftCount === 0 && model.rota.cancelled.length === 0 && model.leaveCount === 0 ? (
        <Alert tone="info">
          {t('rota.empty.noShifts', {
            from: formatLocalDate(model.rota.from, locale),
            to: formatLocalDate(addDays(model.rota.to, -1), locale),
          })}
          {canEdit ? ` ${t('rota.empty.noShiftsCanAdd')}` : null}
        </Alert>
      ) : null}
      <p className="visually-hidden">
        {canEdit ? t('rota.grid.keyboardHint') : t('rota.grid.keyboardHintReadOnly')}
      </p>
      <RotaGrid
        model={model}
        days={days}
        coverageLines={coverageLines}
        teamTimeZone={team.timeZone}
        canEdit={canEdit}
        busy={busy}
        label={t('rota.grid.label', { team: model.rota.teamName, range: rangeLabel })}
        coverageLabel={t('rota.coverage.label', { range: rangeLabel })}
        leaveTypes={leaveTypes}
        onOpen={onOpen}
      />
    </>
  );
}

function CoverageSummaryLine({ model }: { model: RotaModel }) {
  const { t } = useTranslation();
  const { summary } = model.rota.coverage;
  if (model.coverage.length === 0) {
    return <p className="rota-summary rota-summary--none">{t('rota.summary.noRules')}</p>;
  }
  if (summary.gaps === 0 && summary.shortfalls === 0) {
    return (
      <p className="rota-summary rota-summary--ok">
        <span aria-hidden="true">✓ </span>
        {t('rota.summary.allCovered')}
      </p>
    );
  }
  return (
    <p className={`rota-summary rota-summary--${summary.gaps > 0 ? 'gap' : 'shortfall'}`}>
      <span className="visually-hidden">{t('rota.summary.label')}: </span>
      <span aria-hidden="true">{summary.gaps > 0 ? '▲ ' : '◆ '}</span>
      {t('rota.summary.line', {
        gaps: t('rota.summary.gaps', { count: summary.gaps }),
        shortfalls: t('rota.summary.shortfalls', { count: summary.shortfalls }),
      })}
    </p>
  );
}
