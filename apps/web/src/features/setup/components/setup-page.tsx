import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { EmptyState } from '../../../components/ui/empty-state';
import { LoadingState } from '../../../components/ui/loading-state';
import { PageHeader } from '../../../components/ui/page-header';
import { QueryError } from '../../../components/ui/query-error';
import { Tabs } from '../../../components/ui/tabs';
import { canManageTeam, useMe } from '../../../lib/api/get-me';
import type { Me, Team } from '../../../lib/api-types';
import { formatTimeZoneName } from '../../../lib/intl';
import { useSelectedTeam } from '../../../lib/selected-team';
import { CoverageRulesSection } from './coverage-rules-section';
import { EmployeesSection } from './employees-section';
import { HolidaysSection } from './holidays-section';
import { ImportSection } from './import-section';
import { LeavePoliciesSection } from './leave-policies-section';
import { RotationsSection } from './rotations-section';
import { ShiftTypesSection } from './shift-types-section';
import { SkillsSection } from './skills-section';
import { TeamsSection } from './teams-section';

export const SETUP_TABS = [
  'teams',
  'employees',
  'skills',
  'shift-types',
  'rotations',
  'coverage',
  'leave',
  'holidays',
  'import',
] as const;
export type SetupTab = (typeof SETUP_TABS)[number];

/** What every team section is given: the team chosen in the header and what the person may do. */
export interface SectionProps {
  team: Team;
  me: Me;
  /** Manager of the team or admin: may change it (the API checks the same). */
  canManage: boolean;
}

/**
 * Setup for managers and admins: teams, people and skills, shift types, rotations, coverage
 * rules, leave policies, holidays and CSV import. The sub-section is in the URL (`?tab=`); team
 * sections work on the team chosen in the header.
 */
export function SetupPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { team, teams } = useSelectedTeam();
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab');
  const tab: SetupTab = SETUP_TABS.includes(requested as SetupTab)
    ? (requested as SetupTab)
    : 'teams';

  if (me.isPending) return <LoadingState label={t('app.loading')} />;
  if (me.isError)
    return (
      <QueryError
        error={me.error}
        title={t('setup.loadFailed')}
        onRetry={() => void me.refetch()}
      />
    );
  if (me.data.role === 'employee') {
    return (
      <>
        <PageHeader title={t('setup.title')} />
        <Alert tone="info" title={t('setup.notForYou.title')}>
          {t('setup.notForYou.body')}
        </Alert>
      </>
    );
  }

  const canManage = team ? canManageTeam(me.data, team.id) : false;
  const props = team ? { team, me: me.data, canManage } : null;
  const needsTeam = (render: (p: SectionProps) => ReactNode) =>
    props ? (
      <>
        {!canManage ? (
          <Alert tone="info">{t('setup.readOnly', { team: props.team.name })}</Alert>
        ) : null}
        {render(props)}
      </>
    ) : (
      <EmptyState title={teams.length === 0 ? t('staff.noTeams') : t('staff.noTeam')} />
    );

  const panels: Record<SetupTab, ReactNode> = {
    teams: <TeamsSection me={me.data} />,
    employees: needsTeam((p) => <EmployeesSection key={p.team.id} {...p} />),
    skills: <SkillsSection me={me.data} />,
    'shift-types': needsTeam((p) => <ShiftTypesSection key={p.team.id} {...p} />),
    rotations: needsTeam((p) => <RotationsSection key={p.team.id} {...p} />),
    coverage: needsTeam((p) => <CoverageRulesSection key={p.team.id} {...p} />),
    leave: needsTeam((p) => <LeavePoliciesSection key={p.team.id} {...p} />),
    holidays: needsTeam((p) => <HolidaysSection key={p.team.id} {...p} />),
    import: needsTeam((p) => <ImportSection key={p.team.id} {...p} />),
  };

  return (
    <>
      <PageHeader
        title={t('setup.title')}
        subtitle={
          team
            ? t('setup.subtitle', { team: team.name, timeZone: formatTimeZoneName(team.timeZone) })
            : undefined
        }
      />
      <Tabs
        label={t('setup.tabs.label')}
        selected={tab}
        onSelect={(next) => setParams(next === 'teams' ? {} : { tab: next }, { replace: true })}
        tabs={SETUP_TABS.map((key) => ({ key, label: t(`setup.tabs.${key}`) }))}
      >
        {panels[tab]}
      </Tabs>
    </>
  );
}
