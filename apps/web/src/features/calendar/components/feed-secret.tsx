import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarFeedSecret } from '../../../lib/api-types';

export interface FeedSecretProps {
  secret: CalendarFeedSecret;
  /** Replaced an older address (which no longer works). */
  rotated: boolean;
  /** The feed's name, e.g. "My schedule". */
  name: string;
  /** The person has copied the address: hide it for good. */
  onDone: () => void;
}

/** The subscription address on this app's origin, and the same as a `webcal://` link. */
export function feedUrls(path: string, origin: string = window.location.origin) {
  const https = new URL(path, origin).toString();
  return { https, webcal: https.replace(/^https?:/, 'webcal:') };
}

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * The secret address of a feed, shown once: right after it is created or replaced. It lives in
 * this component's state only (never in the query cache), so it is gone once dismissed or when
 * the person leaves the page.
 */
export function FeedSecret({ secret, rotated, name, onDone }: FeedSecretProps) {
  const { t } = useTranslation();
  const { https, webcal } = feedUrls(secret.path);
  const inputRef = useRef<HTMLInputElement>(null);
  const panelRef = useRef<HTMLElement>(null);
  const inputId = useId();
  const hintId = useId();
  const titleId = useId();
  const [copy, setCopy] = useState<CopyState>('idle');

  // Bring the address to the person's attention (and to screen readers) when it appears.
  useEffect(() => {
    panelRef.current?.focus();
  }, [secret.token]);

  async function copyAddress() {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(https);
      setCopy('copied');
    } catch {
      // Without clipboard access (plain http, old browsers) the address is selected instead.
      inputRef.current?.select();
      setCopy('failed');
    }
  }

  return (
    <section ref={panelRef} className="feed-secret" aria-labelledby={titleId} tabIndex={-1}>
      <h2 className="feed-secret__title" id={titleId}>
        {rotated
          ? t('calendar.secret.rotatedTitle', { name })
          : t('calendar.secret.title', { name })}
      </h2>
      <p className="feed-secret__once">
        <strong>{t('calendar.secret.once')}</strong> {t('calendar.secret.how')}
      </p>
      {rotated ? <p>{t('calendar.secret.oldStopped')}</p> : null}
      <div className="field">
        <label className="field__label" htmlFor={inputId}>
          {t('calendar.secret.address')}
        </label>
        <p className="field__hint" id={hintId}>
          {t('calendar.secret.private')}
        </p>
        <div className="feed-secret__copy">
          <input
            ref={inputRef}
            id={inputId}
            className="input feed-secret__url"
            type="text"
            readOnly
            value={https}
            dir="ltr"
            aria-describedby={hintId}
            onFocus={(event) => event.target.select()}
          />
          <button
            type="button"
            className="button button--primary"
            onClick={() => void copyAddress()}
          >
            {t('calendar.secret.copy')}
          </button>
        </div>
        <p className="feed-secret__status" role="status">
          {copy === 'copied'
            ? `✓ ${t('calendar.secret.copied')}`
            : copy === 'failed'
              ? t('calendar.secret.copyFailed')
              : ''}
        </p>
      </div>
      <p>
        <a href={webcal} className="feed-secret__webcal">
          {t('calendar.secret.webcal')}
        </a>{' '}
        <span className="muted">{t('calendar.secret.webcalHint')}</span>
      </p>
      <div className="feed-secret__actions">
        <button type="button" className="button button--secondary" onClick={onDone}>
          {t('calendar.secret.done')}
        </button>
      </div>
    </section>
  );
}
