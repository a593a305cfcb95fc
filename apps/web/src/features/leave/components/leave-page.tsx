import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { Alert } from '../../../components/ui/alert';
import { LoadingState } from '../../../components/ui/loading-state';
import { PageHeader } from '../../../components/ui/page-header';
import { QueryError } from '../../../components/ui/query-error';
import { Tabs } from '../../../components/ui/tabs';
import { canManageTeam, useMe } from '../../../lib/api/get-me';
import { useLeaveTypes } from '../../../lib/api/get-leave-types';
import { useSkills } from '../../../lib/api/get-skills';
import type { LeaveType, Me, Skill } from '../../../lib/api-types';
import { formatTimeZoneName } from '../../../lib/intl';
import { todayInZone } from '../../../lib/local-date';
import { useSelectedTeam } from '../../../lib/selected-team';
import { useLeaveRequests } from '../../../lib/api/get-leave-requests';
import { useEmployeeNames } from '../hooks/use-employee-names';
import { EMPTY_LEAVE_FORM } from '../hooks/use-leave-form';
import { BalanceCard } from './balance-card';
import { Inbox } from './inbox';
import { LeaveForm } from './leave-form';
import { MyRequests } from './my-requests';

type LeaveTab = 'mine' | 'inbox';

/** How many pending requests the inbox lists at once. */
export const INBOX_LIMIT = 50;

/**
 * Leave: the signed-in person's balance, requests and a request form with the impact shown live;
 * for those who decide leave (managers, admins, deputies) an inbox tab. The tab is in the URL
 * (`/leave?tab=inbox`) so that it can be bookmarked.
 */
export function LeavePage() {
  const { t } = useTranslation();
  const me = useMe();

  if (me.isPending) {
    return (
      <>
        <PageHeader title={t('leave.title')} />
        <LoadingState label={t('leave.loading')} />
      </>
    );
  }
  if (me.isError) {
    return (
      <>
        <PageHeader title={t('leave.title')} />
        <QueryError
          error={me.error}
          title={t('leave.loadFailed')}
          onRetry={() => void me.refetch()}
        />
      </>
    );
  }
  return <LeaveView me={me.data} />;
}

function LeaveView({ me }: { me: Me }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const { team } = useSelectedTeam();
  const leaveTypes = useLeaveTypes();
  const skills = useSkills();
  const [announcement, setAnnouncement] = useState('');
  const inbox = useLeaveRequests({ inbox: true, limit: INBOX_LIMIT, offset: 0 });

  const decides = me.role === 'manager' || me.role === 'admin';
  // Employees who deputise for an absent manager get the inbox while requests wait for them.
  const showInbox = decides || (inbox.data?.total ?? 0) > 0;
  const tab: LeaveTab = showInbox && params.get('tab') === 'inbox' ? 'inbox' : 'mine';
  const waiting = inbox.data?.total ?? 0;

  const select = (next: LeaveTab) => {
    setAnnouncement('');
    setParams(next === 'inbox' ? { tab: 'inbox' } : {}, { replace: true });
  };

  const mine = (
    <MyLeave
      me={me}
      leaveTypes={leaveTypes.data?.items}
      leaveTypesPending={leaveTypes.isPending}
      leaveTypesError={leaveTypes.isError ? leaveTypes.error : null}
      retryLeaveTypes={() => void leaveTypes.refetch()}
      skills={skills.data?.items}
      onAnnounce={setAnnouncement}
    />
  );

  return (
    <>
      <PageHeader
        title={t('leave.title')}
        subtitle={t('leave.subtitle', {
          name: me.name,
          timeZone: formatTimeZoneName(me.homeTimeZone),
        })}
      />
      <div className="list-status" role="status">
        {announcement ? (
          <span className="leave-announcement">
            <span aria-hidden="true">✓ </span>
            {announcement}
          </span>
        ) : null}
      </div>
      {showInbox ? (
        <Tabs
          label={t('leave.tabs.label')}
          selected={tab}
          onSelect={select}
          tabs={[
            { key: 'mine', label: t('leave.tabs.mine') },
            {
              key: 'inbox',
              label: (
                <>
                  {t('leave.tabs.inbox')}
                  {waiting > 0 ? (
                    <span className="tabs__badge">
                      <span aria-hidden="true">{waiting}</span>
                      <span className="visually-hidden">
                        {t('leave.tabs.waiting', { count: waiting })}
                      </span>
                    </span>
                  ) : null}
                </>
              ),
            },
          ]}
        >
          {tab === 'inbox' ? (
            <Inbox
              me={me}
              team={team}
              inbox={inbox}
              leaveTypes={leaveTypes.data?.items}
              skills={skills.data?.items}
              onAnnounce={setAnnouncement}
            />
          ) : (
            mine
          )}
        </Tabs>
      ) : (
        mine
      )}
    </>
  );
}

function MyLeave({
  me,
  leaveTypes,
  leaveTypesPending,
  leaveTypesError,
  retryLeaveTypes,
  skills,
  onAnnounce,
}: {
  me: Me;
  leaveTypes: readonly LeaveType[] | undefined;
  leaveTypesPending: boolean;
  leaveTypesError: unknown;
  retryLeaveTypes: () => void;
  skills: readonly Skill[] | undefined;
  onAnnounce: (message: string) => void;
}) {
  const { t } = useTranslation();
  const today = todayInZone(me.homeTimeZone);
  const year = Number(today.slice(0, 4));
  const names = useEmployeeNames([me.teamId]);
  // Most requests are holidays: start with the first type that counts against the allowance.
  const defaultType = leaveTypes?.find((type) => type.countsAgainstAllowance) ?? leaveTypes?.[0];

  return (
    <div className="leave-mine">
      <BalanceCard employeeId={me.id} year={year} timeZone={me.homeTimeZone} />
      <section className="panel" aria-labelledby="leave-request-title">
        <h2 className="panel__title" id="leave-request-title">
          {t('leave.form.title')}
        </h2>
        {leaveTypesPending ? (
          <LoadingState label={t('leave.form.typesLoading')} />
        ) : leaveTypesError || !leaveTypes ? (
          <QueryError
            error={leaveTypesError}
            title={t('leave.form.typesFailed')}
            onRetry={retryLeaveTypes}
          />
        ) : leaveTypes.length === 0 ? (
          <Alert tone="info">{t('leave.form.noTypes')}</Alert>
        ) : (
          <LeaveForm
            mode="request"
            leaveTypes={leaveTypes}
            skills={skills}
            canOverride={canManageTeam(me, me.teamId)}
            initial={{ ...EMPTY_LEAVE_FORM, leaveTypeId: defaultType?.id ?? '' }}
            onDone={(message) => onAnnounce(message)}
          />
        )}
      </section>
      <MyRequests
        me={me}
        today={today}
        leaveTypes={leaveTypes}
        names={names}
        onAnnounce={onAnnounce}
      />
    </div>
  );
}
