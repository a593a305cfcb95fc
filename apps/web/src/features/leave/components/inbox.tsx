import type { UseQueryResult } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Dialog } from '../../../components/ui/dialog';
import { EmptyState } from '../../../components/ui/empty-state';
import { LoadingState } from '../../../components/ui/loading-state';
import { errorMessage, QueryError } from '../../../components/ui/query-error';
import { TextAreaField } from '../../../components/ui/textarea-field';
import { useEmployees } from '../../../lib/api/get-employees';
import { canManageTeam } from '../../../lib/api/get-me';
import { leaveTypeName } from '../../../lib/api/get-leave-types';
import { isApiError } from '../../../lib/api-client';
import {
  type CoverageLoss,
  type LeaveRequest,
  type LeaveType,
  MAX_PAGE_SIZE,
  type Me,
  type Page,
  type Skill,
  type Team,
} from '../../../lib/api-types';
import { formatDate } from '../../../lib/intl';
import { todayInZone } from '../../../lib/local-date';
import { useApproveLeaveRequest } from '../api/approve-leave-request';
import { useLeaveImpact } from '../api/get-leave-impact';
import { useRejectLeaveRequest } from '../api/reject-leave-request';
import { EMPTY_LEAVE_FORM } from '../hooks/use-leave-form';
import { useEmployeeNames } from '../hooks/use-employee-names';
import { ImpactSummary, LossList } from './impact-summary';
import { currentOf, uncoveredOf } from './leave-errors';
import { LeaveForm } from './leave-form';
import { daysText, leaveDatesText } from './leave-text';

const MIN_OVERRIDE_LENGTH = 3;

export interface InboxProps {
  me: Me;
  team: Team | null;
  /** The pending requests the signed-in person may decide (first page). */
  inbox: UseQueryResult<Page<LeaveRequest>>;
  leaveTypes: readonly LeaveType[] | undefined;
  skills: readonly Skill[] | undefined;
  onAnnounce: (message: string) => void;
}

/**
 * A manager's inbox: the pending requests of their teams (and of teams they deputise for), each
 * with its reason and handover note and, on demand, its impact on coverage; approve, reject with
 * a comment, or approve despite opening gaps with a reason. Also where a sudden absence is
 * recorded for a staff member.
 */
export function Inbox({ me, team, inbox, leaveTypes, skills, onAnnounce }: InboxProps) {
  const { t } = useTranslation();
  const items = inbox.data?.items ?? [];
  const names = useEmployeeNames(items.map((leave) => leave.teamId));
  const [recording, setRecording] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const mayRecord = team !== null && canManageTeam(me, team.id);

  return (
    <div className="inbox">
      <section className="panel" aria-labelledby="inbox-title">
        <div className="panel__head">
          <h2 className="panel__title" id="inbox-title">
            {t('leave.inbox.title')}
          </h2>
          {mayRecord ? (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setRecording(true)}
            >
              {t('leave.inbox.record')}
            </button>
          ) : null}
        </div>
        <p className="muted">
          {mayRecord ? t('leave.inbox.recordHint') : t('leave.inbox.recordNotManaged')}
        </p>
        {notice ? (
          <Alert tone="info" title={t('leave.inbox.conflictTitle')}>
            <p>{notice}</p>
          </Alert>
        ) : null}
        {inbox.isPending ? (
          <LoadingState label={t('leave.inbox.loading')} />
        ) : inbox.isError && !inbox.data ? (
          <QueryError
            error={inbox.error}
            title={t('leave.inbox.loadFailed')}
            onRetry={() => void inbox.refetch()}
          />
        ) : items.length === 0 ? (
          <EmptyState title={t('leave.inbox.emptyTitle')}>{t('leave.inbox.emptyBody')}</EmptyState>
        ) : (
          <>
            <ul className="leave-list">
              {items.map((leave) => (
                <InboxItem
                  key={`${leave.id}:${leave.version}`}
                  leave={leave}
                  name={names.get(leave.employeeId) ?? t('leave.inbox.unknownPerson')}
                  leaveTypes={leaveTypes}
                  skills={skills}
                  timeZone={me.homeTimeZone}
                  onDecided={(message) => {
                    setNotice(null);
                    onAnnounce(message);
                  }}
                  onConflict={setNotice}
                />
              ))}
            </ul>
            {inbox.data && inbox.data.total > items.length ? (
              <p className="muted">
                {t('leave.inbox.more', { shown: items.length, total: inbox.data.total })}
              </p>
            ) : null}
          </>
        )}
      </section>
      {recording && team ? (
        <RecordAbsenceDialog
          team={team}
          leaveTypes={leaveTypes ?? []}
          skills={skills}
          onClose={() => setRecording(false)}
          onDone={(message) => {
            setRecording(false);
            onAnnounce(message);
          }}
        />
      ) : null}
    </div>
  );
}

function InboxItem({
  leave,
  name,
  leaveTypes,
  skills,
  timeZone,
  onDecided,
  onConflict,
}: {
  leave: LeaveRequest;
  name: string;
  leaveTypes: readonly LeaveType[] | undefined;
  skills: readonly Skill[] | undefined;
  timeZone: string;
  onDecided: (message: string) => void;
  onConflict: (message: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const headingId = useId();
  const impactId = useId();
  const [expanded, setExpanded] = useState(false);
  const [comment, setComment] = useState('');
  const [rejectAttempted, setRejectAttempted] = useState(false);
  const [uncovered, setUncovered] = useState<CoverageLoss[] | null>(null);
  const [overrideReason, setOverrideReason] = useState('');
  const [overrideAttempted, setOverrideAttempted] = useState(false);
  const commentRef = useRef<HTMLTextAreaElement>(null);
  const overrideRef = useRef<HTMLTextAreaElement>(null);
  const impact = useLeaveImpact(leave.id, { enabled: expanded });
  const approve = useApproveLeaveRequest();
  const reject = useRejectLeaveRequest();
  const busy = approve.isPending || reject.isPending;

  const type = leaveTypeName(leaveTypes, leave.leaveTypeId) ?? t('leave.away');
  const dates = leaveDatesText(leave, t, locale);
  const commentMissing = rejectAttempted && comment.trim() === '';
  const overrideShort = overrideAttempted && overrideReason.trim().length < MIN_OVERRIDE_LENGTH;

  function handleError(error: unknown) {
    if (!isApiError(error)) return;
    if (error.code === 'COVERAGE_VIOLATION') {
      setUncovered(uncoveredOf(error));
      // The next step is the reason: take the manager there.
      window.setTimeout(() => overrideRef.current?.focus(), 0);
    } else if (error.code === 'VERSION_CONFLICT') {
      const current = currentOf(error);
      onConflict(
        t('leave.inbox.conflict', {
          name,
          status: current ? t(`leave.status.${current.status}`) : t('leave.inbox.changed'),
        }),
      );
    }
  }

  function doApprove(withOverride: boolean) {
    if (busy) return;
    reject.reset();
    if (withOverride) {
      setOverrideAttempted(true);
      if (overrideReason.trim().length < MIN_OVERRIDE_LENGTH) {
        overrideRef.current?.focus();
        return;
      }
    }
    approve.mutate(
      {
        id: leave.id,
        decision: {
          version: leave.version,
          ...(comment.trim() ? { comment: comment.trim() } : {}),
          ...(withOverride ? { overrideReason: overrideReason.trim() } : {}),
        },
      },
      {
        onSuccess: () => onDecided(t('leave.inbox.approved', { name, dates })),
        onError: handleError,
      },
    );
  }

  function doReject() {
    if (busy) return;
    approve.reset();
    setRejectAttempted(true);
    if (comment.trim() === '') {
      commentRef.current?.focus();
      return;
    }
    reject.mutate(
      { id: leave.id, version: leave.version, comment: comment.trim() },
      {
        onSuccess: () => onDecided(t('leave.inbox.rejected', { name, dates })),
        onError: handleError,
      },
    );
  }

  const failure = approve.error ?? reject.error;
  const explained =
    isApiError(failure) &&
    (failure.code === 'COVERAGE_VIOLATION' || failure.code === 'VERSION_CONFLICT');
  const commentErrors = [
    ...(commentMissing ? [t('leave.inbox.commentRequired')] : []),
    ...(isApiError(reject.error) ? reject.error.reasonsFor('comment') : []),
    ...(isApiError(approve.error) ? approve.error.reasonsFor('comment') : []),
  ];
  const overrideErrors = [
    ...(overrideShort ? [t('leave.inbox.overrideRequired', { min: MIN_OVERRIDE_LENGTH })] : []),
    ...(isApiError(approve.error) ? approve.error.reasonsFor('overrideReason') : []),
  ];

  return (
    <li className="leave-item inbox-item">
      <article aria-labelledby={headingId}>
        <div className="leave-item__head">
          <h3 className="leave-item__dates" id={headingId}>
            {name}
            <span className="leave-item__sub">{dates}</span>
          </h3>
        </div>
        <p className="leave-item__meta">
          {type}
          {leave.days !== null ? ` · ${daysText(leave.days, t)}` : ''}
          {' · '}
          {t('leave.inbox.requestedOn', { date: formatDate(leave.createdAt, locale, timeZone) })}
        </p>
        <p>
          <span className="leave-item__label">{t('leave.inbox.reason')}: </span>
          {leave.reason ?? <span className="muted">{t('leave.inbox.noReason')}</span>}
        </p>
        {leave.handoverNote ? (
          <p className="leave-item__note">
            <span className="leave-item__label">{t('leave.inbox.handover')}: </span>
            {leave.handoverNote}
          </p>
        ) : null}

        <button
          type="button"
          className="link-button inbox-item__toggle"
          aria-expanded={expanded}
          aria-controls={impactId}
          onClick={() => setExpanded((open) => !open)}
        >
          <span aria-hidden="true" className="inbox-item__chevron">
            {expanded ? '▾' : '▸'}
          </span>{' '}
          {expanded ? t('leave.inbox.hideImpact') : t('leave.inbox.showImpact')}
        </button>
        <div id={impactId} hidden={!expanded} className="inbox-item__impact">
          {!expanded ? null : impact.isPending ? (
            <LoadingState label={t('leave.inbox.impactLoading')} />
          ) : impact.isError ? (
            <QueryError
              error={impact.error}
              title={t('leave.inbox.impactFailed')}
              onRetry={() => void impact.refetch()}
            />
          ) : (
            <ImpactSummary impact={impact.data} skills={skills} headingLevel={4} />
          )}
        </div>

        {failure && !explained ? (
          <Alert tone="error" title={t('leave.inbox.failed')}>
            <p>{errorMessage(failure, t)}</p>
          </Alert>
        ) : null}

        <div className="inbox-item__decision">
          <TextAreaField
            ref={commentRef}
            label={t('leave.inbox.comment')}
            hint={t('leave.inbox.commentHint')}
            value={comment}
            maxLength={2000}
            rows={2}
            onChange={(event) => setComment(event.target.value)}
            errors={commentErrors}
            errorLabel={t('errors.fieldLabel')}
          />
          {uncovered ? (
            <div className="inbox-item__override">
              <Alert tone="error" title={t('leave.inbox.coverageTitle')}>
                {uncovered.length > 0 ? (
                  <LossList losses={uncovered} kind="gap" skills={skills} t={t} locale={locale} />
                ) : null}
                <p>{t('leave.inbox.coverageBody')}</p>
              </Alert>
              <TextAreaField
                ref={overrideRef}
                label={t('leave.inbox.overrideReason')}
                hint={t('leave.inbox.overrideHint')}
                value={overrideReason}
                maxLength={2000}
                rows={2}
                onChange={(event) => setOverrideReason(event.target.value)}
                errors={overrideErrors}
                errorLabel={t('errors.fieldLabel')}
              />
            </div>
          ) : null}
          <div className="inbox-item__actions">
            {uncovered ? (
              <button
                type="button"
                className="button button--primary"
                disabled={busy}
                onClick={() => doApprove(true)}
              >
                {approve.isPending ? t('leave.inbox.approving') : t('leave.inbox.approveAnyway')}
              </button>
            ) : (
              <button
                type="button"
                className="button button--primary"
                disabled={busy}
                onClick={() => doApprove(false)}
              >
                {approve.isPending ? t('leave.inbox.approving') : t('leave.inbox.approve')}
              </button>
            )}
            <button
              type="button"
              className="button button--danger"
              disabled={busy}
              onClick={doReject}
            >
              {reject.isPending ? t('leave.inbox.rejecting') : t('leave.inbox.reject')}
            </button>
          </div>
        </div>
      </article>
    </li>
  );
}

function RecordAbsenceDialog({
  team,
  leaveTypes,
  skills,
  onClose,
  onDone,
}: {
  team: Team;
  leaveTypes: readonly LeaveType[];
  skills: readonly Skill[] | undefined;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const staff = useEmployees({ teamId: team.id, limit: MAX_PAGE_SIZE, offset: 0 });
  const today = todayInZone(team.timeZone);
  // A sudden absence is usually illness from today; the manager changes what differs.
  const sick = leaveTypes.find((type) => type.code === 'sick');

  return (
    <Dialog
      title={t('leave.record.title')}
      subtitle={t('leave.record.subtitle', { team: team.name })}
      onClose={onClose}
      closeLabel={t('leave.record.close')}
      wide
    >
      {staff.isPending ? (
        <LoadingState label={t('leave.record.loadingStaff')} />
      ) : staff.isError ? (
        <QueryError
          error={staff.error}
          title={t('leave.record.staffFailed')}
          onRetry={() => void staff.refetch()}
        />
      ) : (
        <LeaveForm
          mode="record"
          staff={staff.data.items.filter((person) => person.active)}
          leaveTypes={leaveTypes}
          skills={skills}
          canOverride={false}
          initial={{
            ...EMPTY_LEAVE_FORM,
            leaveTypeId: sick?.id ?? '',
            startDate: today,
            endDate: today,
          }}
          onDone={(message) => onDone(message)}
          onCancel={onClose}
        />
      )}
    </Dialog>
  );
}
