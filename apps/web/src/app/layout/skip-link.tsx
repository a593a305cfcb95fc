import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';

export const MAIN_CONTENT_ID = 'main-content';

/** The first stop for keyboard users: jumps past the header to the page's content. */
export function SkipLink({ targetRef }: { targetRef: RefObject<HTMLElement | null> }) {
  const { t } = useTranslation();
  return (
    <a
      className="skip-link"
      href={`#${MAIN_CONTENT_ID}`}
      onClick={(event) => {
        // Move focus ourselves: the router owns the URL, so the hash must not change it.
        event.preventDefault();
        targetRef.current?.focus();
      }}
    >
      {t('app.skipToContent')}
    </a>
  );
}
