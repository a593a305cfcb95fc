import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Dialog } from '../../../components/ui/dialog';
import { LoadingState } from '../../../components/ui/loading-state';
import { PageHeader } from '../../../components/ui/page-header';
import { errorMessage, QueryError } from '../../../components/ui/query-error';
import { useMe } from '../../../lib/api/get-me';
import type { CalendarFeed, CalendarFeedSecret, FeedKind, Team } from '../../../lib/api-types';
import { formatDateTime } from '../../../lib/intl';
import { useSelectedTeam } from '../../../lib/selected-team';
import { useCreateCalendarFeed } from '../api/create-calendar-feed';
import { useCalendarFeeds } from '../api/get-calendar-feeds';
import { useRevokeCalendarFeed } from '../api/revoke-calendar-feed';
import { useRotateCalendarFeed } from '../api/rotate-calendar-feed';
import { FeedSecret } from './feed-secret';

/** A feed one can have: its kind and, for team feeds, the team. */
interface FeedSlot {
  kind: FeedKind;
  team: Team | null;
}

interface ShownSecret {
  secret: CalendarFeedSecret;
  rotated: boolean;
}

/**
 * Calendar subscriptions: the person's own schedule and, for the team chosen in the header, its
 * rota and its absences, as iCal feeds. A feed's address is a secret shown once, right after it
 * is created or replaced; it can be replaced (the old address stops working) or revoked.
 */
export function CalendarPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const me = useMe();
  const { team, teams } = useSelectedTeam();
  const feeds = useCalendarFeeds();
  const create = useCreateCalendarFeed();
  const [shown, setShown] = useState<ShownSecret | null>(null);
  const [confirm, setConfirm] = useState<{
    feed: CalendarFeed;
    action: 'rotate' | 'revoke';
  } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const timeZone = me.data?.homeTimeZone ?? team?.timeZone ?? 'UTC';
  const teamName = (id: string | null) => teams.find((candidate) => candidate.id === id)?.name;

  const slots: FeedSlot[] = [
    { kind: 'my-schedule', team: null },
    ...(team
      ? [
          { kind: 'team-rota' as const, team },
          { kind: 'team-absences' as const, team },
        ]
      : []),
  ];
  const items = feeds.data?.items ?? [];
  const inSlot = (slot: FeedSlot) =>
    items.filter(
      (feed) =>
        feed.kind === slot.kind && (slot.team === null ? true : feed.teamId === slot.team.id),
    );
  const elsewhere = items.filter((feed) => !slots.some((slot) => inSlot(slot).includes(feed)));

  const createFor = (slot: FeedSlot) => {
    setAnnouncement('');
    create.mutate(
      { kind: slot.kind, ...(slot.team ? { teamId: slot.team.id } : {}) },
      { onSuccess: (secret) => setShown({ secret, rotated: false }) },
    );
  };

  const describe = (feed: Pick<CalendarFeed, 'kind' | 'teamId'>) =>
    feed.kind === 'my-schedule'
      ? t('calendar.kind.my-schedule')
      : t(`calendar.kind.${feed.kind}`, { team: teamName(feed.teamId) ?? t('calendar.aTeam') });

  return (
    <>
      <PageHeader title={t('calendar.title')} subtitle={t('calendar.subtitle')} />

      <Alert tone="info" title={t('calendar.refresh.title')}>
        <ul>
          <li>{t('calendar.refresh.google')}</li>
          <li>{t('calendar.refresh.others')}</li>
          <li>{t('calendar.refresh.window')}</li>
        </ul>
      </Alert>

      <div className="list-status" role="status">
        {announcement ? (
          <span className="leave-announcement">
            <span aria-hidden="true">✓ </span>
            {announcement}
          </span>
        ) : null}
      </div>

      {shown ? (
        <FeedSecret
          secret={shown.secret}
          rotated={shown.rotated}
          name={describe(shown.secret)}
          onDone={() => setShown(null)}
        />
      ) : null}

      {create.error ? (
        <Alert tone="error" title={t('calendar.errors.create')}>
          <p>{errorMessage(create.error, t)}</p>
        </Alert>
      ) : null}

      <section className="panel" aria-labelledby="calendar-feeds-title">
        <h2 className="panel__title" id="calendar-feeds-title">
          {t('calendar.feedsTitle')}
        </h2>
        {feeds.isPending ? (
          <LoadingState label={t('calendar.loading')} />
        ) : feeds.isError ? (
          <QueryError
            error={feeds.error}
            title={t('calendar.loadFailed')}
            onRetry={() => void feeds.refetch()}
          />
        ) : (
          <ul className="feed-list">
            {slots.map((slot) => {
              const existing = inSlot(slot);
              const name = describe({ kind: slot.kind, teamId: slot.team?.id ?? null });
              return (
                <li key={`${slot.kind}:${slot.team?.id ?? ''}`} className="feed">
                  <div className="feed__head">
                    <h3 className="feed__name">{name}</h3>
                    <p className="feed__what">
                      {slot.kind === 'my-schedule'
                        ? t('calendar.what.my-schedule')
                        : t(`calendar.what.${slot.kind}`, { team: slot.team?.name ?? '' })}
                    </p>
                  </div>
                  {existing.length === 0 ? (
                    <div className="feed__actions">
                      <p className="muted">{t('calendar.notSubscribed')}</p>
                      <button
                        type="button"
                        className="button button--primary"
                        disabled={create.isPending}
                        onClick={() => createFor(slot)}
                        aria-label={t('calendar.createLabel', { name })}
                      >
                        {create.isPending && create.variables?.kind === slot.kind
                          ? t('calendar.creating')
                          : t('calendar.create')}
                      </button>
                    </div>
                  ) : (
                    existing.map((feed) => (
                      <FeedRow
                        key={feed.id}
                        feed={feed}
                        name={name}
                        locale={locale}
                        timeZone={timeZone}
                        onRotate={() => setConfirm({ feed, action: 'rotate' })}
                        onRevoke={() => setConfirm({ feed, action: 'revoke' })}
                      />
                    ))
                  )}
                </li>
              );
            })}
            {elsewhere.map((feed) => (
              <li key={feed.id} className="feed">
                <div className="feed__head">
                  <h3 className="feed__name">{describe(feed)}</h3>
                </div>
                <FeedRow
                  feed={feed}
                  name={describe(feed)}
                  locale={locale}
                  timeZone={timeZone}
                  onRotate={() => setConfirm({ feed, action: 'rotate' })}
                  onRevoke={() => setConfirm({ feed, action: 'revoke' })}
                />
              </li>
            ))}
          </ul>
        )}
      </section>

      {confirm ? (
        <ConfirmDialog
          feed={confirm.feed}
          action={confirm.action}
          name={describe(confirm.feed)}
          onClose={() => setConfirm(null)}
          onRotated={(secret) => {
            setConfirm(null);
            setShown({ secret, rotated: true });
          }}
          onRevoked={(message) => {
            setConfirm(null);
            if (shown?.secret.id === confirm.feed.id) setShown(null);
            setAnnouncement(message);
          }}
        />
      ) : null}
    </>
  );
}

function FeedRow({
  feed,
  name,
  locale,
  timeZone,
  onRotate,
  onRevoke,
}: {
  feed: CalendarFeed;
  name: string;
  locale: string;
  timeZone: string;
  onRotate: () => void;
  onRevoke: () => void;
}) {
  const { t } = useTranslation();
  const at = (iso: string) => formatDateTime(iso, locale, timeZone);
  return (
    <div className="feed__row">
      <ul className="feed__facts">
        <li>
          <span aria-hidden="true" className="feed__active">
            ●
          </span>{' '}
          {t('calendar.active')}
        </li>
        <li>{t('calendar.created', { date: at(feed.createdAt) })}</li>
        {feed.rotatedAt ? <li>{t('calendar.rotated', { date: at(feed.rotatedAt) })}</li> : null}
        <li>
          {feed.lastFetchedAt
            ? t('calendar.lastFetched', { date: at(feed.lastFetchedAt) })
            : t('calendar.neverFetched')}
        </li>
      </ul>
      <div className="feed__actions">
        <button
          type="button"
          className="button button--secondary"
          onClick={onRotate}
          aria-label={t('calendar.rotateLabel', { name })}
        >
          {t('calendar.rotate')}
        </button>
        <button
          type="button"
          className="button button--secondary feed__revoke"
          onClick={onRevoke}
          aria-label={t('calendar.revokeLabel', { name })}
        >
          {t('calendar.revoke')}
        </button>
      </div>
    </div>
  );
}

function ConfirmDialog({
  feed,
  action,
  name,
  onClose,
  onRotated,
  onRevoked,
}: {
  feed: CalendarFeed;
  action: 'rotate' | 'revoke';
  name: string;
  onClose: () => void;
  onRotated: (secret: CalendarFeedSecret) => void;
  onRevoked: (message: string) => void;
}) {
  const { t } = useTranslation();
  const rotate = useRotateCalendarFeed();
  const revoke = useRevokeCalendarFeed();
  const pending = rotate.isPending || revoke.isPending;
  const error = rotate.error ?? revoke.error;

  return (
    <Dialog
      title={
        action === 'rotate' ? t('calendar.confirmRotate.title') : t('calendar.confirmRevoke.title')
      }
      subtitle={name}
      onClose={onClose}
      closeLabel={t('calendar.close')}
    >
      <div className="dialog__section">
        {error ? (
          <Alert
            tone="error"
            title={action === 'rotate' ? t('calendar.errors.rotate') : t('calendar.errors.revoke')}
          >
            <p>{errorMessage(error, t)}</p>
          </Alert>
        ) : null}
        <p>
          {action === 'rotate'
            ? t('calendar.confirmRotate.body')
            : t('calendar.confirmRevoke.body')}
        </p>
        <div className="dialog__actions">
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('calendar.keep')}
          </button>
          {action === 'rotate' ? (
            <button
              type="button"
              className="button button--primary"
              disabled={pending}
              onClick={() => rotate.mutate(feed.id, { onSuccess: onRotated })}
            >
              {pending ? t('calendar.rotating') : t('calendar.confirmRotate.confirm')}
            </button>
          ) : (
            <button
              type="button"
              className="button button--danger"
              disabled={pending}
              onClick={() =>
                revoke.mutate(feed.id, {
                  onSuccess: () => onRevoked(t('calendar.revoked', { name })),
                })
              }
            >
              {pending ? t('calendar.revoking') : t('calendar.confirmRevoke.confirm')}
            </button>
          )}
        </div>
      </div>
    </Dialog>
  );
}
