import { useRef } from 'react';
import { Outlet } from 'react-router-dom';
import { BrandName } from './brand';
import { LanguageSwitch } from './language-switch';
import { MAIN_CONTENT_ID, SkipLink } from './skip-link';
import { useRouteTitle } from './use-route-frame';

/** The frame for pages seen before signing in: product name, language, one centred card. */
export function PublicLayout() {
  const mainRef = useRef<HTMLElement>(null);
  useRouteTitle();
  return (
    <div className="public-layout">
      <SkipLink targetRef={mainRef} />
      <header className="public-header">
        <BrandName />
        <LanguageSwitch />
      </header>
      <main id={MAIN_CONTENT_ID} ref={mainRef} tabIndex={-1} className="public-main">
        <div className="card">
          <Outlet />
        </div>
      </main>
    </div>
  );
}
