import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Dialog } from '../../../components/ui/dialog';
import { EmptyState } from '../../../components/ui/empty-state';
import { LoadingState } from '../../../components/ui/loading-state';
import { errorMessage, QueryError } from '../../../components/ui/query-error';
import { TextAreaField } from '../../../components/ui/textarea-field';
import { leaveTypeName } from '../../../lib/api/get-leave-types';
import { isApiError } from '../../../lib/api-client';
import type { LeaveRequest, LeaveType, Me } from '../../../lib/api-types';
import { formatDate } from '../../../lib/intl';
import { useCancelLeaveRequest } from '../api/cancel-leave-request';
import { useLeaveRequests } from '../../../lib/api/get-leave-requests';
import { currentOf } from './leave-errors';
import { daysText, leaveDatesText, LeaveStatusBadge } from './leave-text';

/** How many of one's own requests are listed (this year and last). */
export const MY_REQUESTS_LIMIT = 100;

export interface MyRequestsProps {
  me: Me;
  /** Today in the person's home zone. */
  today: string;
  leaveTypes: readonly LeaveType[] | undefined;
  /** Names of colleagues (managers who decided), by id. */
  names: ReadonlyMap<string, string>;
  onAnnounce: (message: string) => void;
}

/** A pending leave, or an approved one that has not started yet, may still be withdrawn. */
export function isCancellable(leave: LeaveRequest, today: string): boolean {
  if (leave.status === 'pending') return true;
  return leave.status === 'approved' && leave.startDate > today;
}

/**
 * The person's own requests since the start of last year: what is coming up (soonest first) and,
 * folded away, what is over (latest first), each with its status and history.
 */
export function MyRequests({ me, today, leaveTypes, names, onAnnounce }: MyRequestsProps) {
  const { t } = useTranslation();
  const since = `${Number(today.slice(0, 4)) - 1}-01-01`;
  const requests = useLeaveRequests({
    employeeId: me.id,
    from: since,
    limit: MY_REQUESTS_LIMIT,
    offset: 0,
  });
  const [cancelling, setCancelling] = useState<LeaveRequest | null>(null);

  const items = requests.data?.items ?? [];
  const upcoming = items.filter((leave) => leave.endDate >= today);
  const earlier = items.filter((leave) => leave.endDate < today).reverse();

  return (
    <section className="panel" aria-labelledby="my-requests-title">
      <h2 className="panel__title" id="my-requests-title">
        {t('leave.mine.title')}
      </h2>
      {requests.isPending ? (
        <LoadingState label={t('leave.mine.loading')} />
      ) : requests.isError && !requests.data ? (
        <QueryError
          error={requests.error}
          title={t('leave.mine.loadFailed')}
          onRetry={() => void requests.refetch()}
        />
      ) : (
        <>
          {upcoming.length === 0 ? (
            <EmptyState title={t('leave.mine.noneTitle')}>{t('leave.mine.noneBody')}</EmptyState>
          ) : (
            <ul className="leave-list" aria-label={t('leave.mine.upcoming')}>
              {upcoming.map((leave) => (
                <MyRequest
                  key={leave.id}
                  leave={leave}
                  me={me}
                  today={today}
                  leaveTypes={leaveTypes}
                  names={names}
                  onCancel={() => setCancelling(leave)}
                />
              ))}
            </ul>
          )}
          {earlier.length > 0 ? (
            <details className="disclosure">
              <summary>{t('leave.mine.earlier', { count: earlier.length })}</summary>
              <ul className="leave-list" aria-label={t('leave.mine.earlierLabel')}>
                {earlier.map((leave) => (
                  <MyRequest
                    key={leave.id}
                    leave={leave}
                    me={me}
                    today={today}
                    leaveTypes={leaveTypes}
                    names={names}
                    onCancel={() => setCancelling(leave)}
                  />
                ))}
              </ul>
            </details>
          ) : null}
          {requests.data && requests.data.total > items.length ? (
            <p className="muted">
              {t('leave.mine.more', { shown: items.length, total: requests.data.total })}
            </p>
          ) : null}
        </>
      )}
      {cancelling ? (
        <CancelDialog
          leave={cancelling}
          onClose={() => setCancelling(null)}
          onDone={(message) => {
            setCancelling(null);
            onAnnounce(message);
          }}
        />
      ) : null}
    </section>
  );
}

function MyRequest({
  leave,
  me,
  today,
  leaveTypes,
  names,
  onCancel,
}: {
  leave: LeaveRequest;
  me: Me;
  today: string;
  leaveTypes: readonly LeaveType[] | undefined;
  names: ReadonlyMap<string, string>;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const type = leaveTypeName(leaveTypes, leave.leaveTypeId) ?? t('leave.away');
  const dates = leaveDatesText(leave, t, locale);
  const at = (iso: string) => formatDate(iso, locale, me.homeTimeZone);
  const recordedBySomeoneElse = leave.requestedBy !== null && leave.requestedBy !== me.id;
  const recorder = leave.requestedBy ? names.get(leave.requestedBy) : undefined;
  const decider = leave.decidedBy ? names.get(leave.decidedBy) : undefined;
  const selfDecided = leave.decidedBy === me.id;

  return (
    <li className={`leave-item leave-item--${leave.status}`}>
      <div className="leave-item__head">
        <h3 className="leave-item__dates">{dates}</h3>
        <LeaveStatusBadge status={leave.status} t={t} />
      </div>
      <p className="leave-item__meta">
        {type}
        {leave.days !== null ? ` · ${daysText(leave.days, t)}` : ''}
      </p>
      {leave.reason ? (
        <p>
          <span className="leave-item__label">{t('leave.mine.reason')}: </span>
          {leave.reason}
        </p>
      ) : null}
      {leave.handoverNote ? (
        <p className="leave-item__note">
          <span className="leave-item__label">{t('leave.mine.handover')}: </span>
          {leave.handoverNote}
        </p>
      ) : null}
      <ul className="leave-item__history" aria-label={t('leave.mine.history')}>
        <li>
          {recordedBySomeoneElse
            ? recorder
              ? t('leave.mine.recordedBy', { name: recorder, date: at(leave.createdAt) })
              : t('leave.mine.recordedByManager', { date: at(leave.createdAt) })
            : t('leave.mine.requested', { date: at(leave.createdAt) })}
        </li>
        {leave.decidedAt && leave.status !== 'pending' ? (
          <li>
            {decider && !selfDecided
              ? t('leave.mine.decidedBy', {
                  status: t(`leave.status.${leave.status}`),
                  name: decider,
                  date: at(leave.decidedAt),
                })
              : t('leave.mine.decided', {
                  status: t(`leave.status.${leave.status}`),
                  date: at(leave.decidedAt),
                })}
            {leave.decisionComment ? (
              <q className="leave-item__comment">{leave.decisionComment}</q>
            ) : null}
          </li>
        ) : null}
        {leave.overrideReason ? (
          <li>{t('leave.mine.overrideReason', { reason: leave.overrideReason })}</li>
        ) : null}
      </ul>
      {isCancellable(leave, today) ? (
        <div className="leave-item__actions">
          <button
            type="button"
            className="button button--secondary"
            onClick={onCancel}
            aria-label={t('leave.mine.cancelLabel', { dates })}
          >
            {t('leave.mine.cancel')}
          </button>
        </div>
      ) : null}
    </li>
  );
}

function CancelDialog({
  leave,
  onClose,
  onDone,
}: {
  leave: LeaveRequest;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const cancel = useCancelLeaveRequest();
  const [comment, setComment] = useState('');
  const dates = leaveDatesText(leave, t, i18n.language);
  const conflict =
    isApiError(cancel.error) && cancel.error.code === 'VERSION_CONFLICT'
      ? currentOf(cancel.error)
      : null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (cancel.isPending) return;
    cancel.mutate(
      { id: leave.id, version: leave.version, comment: comment.trim() || undefined },
      { onSuccess: () => onDone(t('leave.mine.cancelled', { dates })) },
    );
  }

  return (
    <Dialog
      title={t('leave.mine.cancelTitle')}
      subtitle={dates}
      onClose={onClose}
      closeLabel={t('leave.mine.close')}
    >
      <form className="dialog__section" onSubmit={submit}>
        {cancel.error ? (
          <Alert tone="error" title={t('leave.mine.cancelFailed')}>
            <p>
              {conflict
                ? t('leave.mine.changedMeanwhile', { status: t(`leave.status.${conflict.status}`) })
                : errorMessage(cancel.error, t)}
            </p>
          </Alert>
        ) : null}
        <p>
          {leave.status === 'approved'
            ? t('leave.mine.cancelApproved')
            : t('leave.mine.cancelBody')}
        </p>
        <TextAreaField
          label={t('leave.mine.cancelComment')}
          value={comment}
          maxLength={2000}
          rows={2}
          onChange={(event) => setComment(event.target.value)}
        />
        <div className="dialog__actions">
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('leave.mine.keep')}
          </button>
          <button
            type="submit"
            className="button button--danger"
            disabled={cancel.isPending || conflict !== null}
          >
            {cancel.isPending ? t('leave.mine.cancelling') : t('leave.mine.confirmCancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
