import { type RefObject, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useMatches, useNavigationType } from 'react-router-dom';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { isRouteHandle } from '../route-handle';

/**
 * Sets the document title from the deepest route that names one, and tells whether that route
 * wants the full window width.
 */
export function useRouteTitle(): { wide: boolean } {
  const { t } = useTranslation();
  const matches = useMatches();
  const handle = [...matches]
    .reverse()
    .map((match) => match.handle)
    .find(isRouteHandle);
  const page = handle ? t(handle.titleKey) : null;
  useDocumentTitle(page ? t('app.documentTitle', { page }) : t('app.name'));
  return { wide: handle?.wide ?? false };
}

/**
 * After following a link to another page, focus goes to the main region so that screen-reader
 * users hear the new page. Filter changes (search only) and redirects (replace, e.g. `/` → the
 * first view) leave focus alone, so the skip link stays the first Tab stop on arrival.
 */
export function useFocusOnNavigate(targetRef: RefObject<HTMLElement | null>): void {
  const { pathname } = useLocation();
  const type = useNavigationType();
  // Read through a ref: a change of navigation type alone (a filter pushed after a search
  // replaced) is not a new page.
  const navigationType = useRef(type);
  navigationType.current = type;
  const previousPathname = useRef(pathname);
  useEffect(() => {
    if (previousPathname.current === pathname) return;
    previousPathname.current = pathname;
    if (navigationType.current === 'REPLACE') return;
    targetRef.current?.focus();
  }, [pathname, targetRef]);
}
