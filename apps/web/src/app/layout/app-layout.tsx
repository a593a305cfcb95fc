import { Suspense, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet } from 'react-router-dom';
import { LoadingState } from '../../components/ui/loading-state';
import { useMe } from '../../lib/api/get-me';
import { CurrentUser } from '../../features/auth/components/current-user';
import { SignOutButton } from '../../features/auth/components/sign-out-button';
import { useTeams } from '../../features/teams/api/get-teams';
import { TeamSelector } from '../../features/teams/components/team-selector';
import type { Team } from '../../lib/api-types';
import { SelectedTeamProvider } from '../../lib/selected-team';
import { appViews, HOME_PATH, isOfferedTo } from '../route-table';
import { BrandName } from './brand';
import { LanguageSwitch } from './language-switch';
import { MAIN_CONTENT_ID, SkipLink } from './skip-link';
import { useFocusOnNavigate, useRouteTitle } from './use-route-frame';

const NO_TEAMS: readonly Team[] = [];

/** The signed-in frame: header with navigation, team, language and account; the view below. */
export function AppLayout() {
  const { t } = useTranslation();
  const me = useMe();
  const teams = useTeams();
  const mainRef = useRef<HTMLElement>(null);
  const { wide } = useRouteTitle();
  useFocusOnNavigate(mainRef);

  return (
    <SelectedTeamProvider teams={teams.data?.items ?? NO_TEAMS} preferredTeamId={me.data?.teamId}>
      <SkipLink targetRef={mainRef} />
      <header className="app-header">
        <div className="app-header__inner">
          <Link to={HOME_PATH} className="app-header__brand">
            <BrandName />
          </Link>
          <nav className="app-nav" aria-label={t('nav.label')}>
            <ul>
              {appViews
                .filter((view) => isOfferedTo(view, me.data?.role))
                .map((view) => (
                  <li key={view.path}>
                    <NavLink to={`/${view.path}`} className="app-nav__link">
                      {t(view.navLabelKey)}
                    </NavLink>
                  </li>
                ))}
            </ul>
          </nav>
          <div className="app-header__tools">
            <TeamSelector />
            <LanguageSwitch />
            <div className="app-header__account">
              <CurrentUser />
              <SignOutButton />
            </div>
          </div>
        </div>
      </header>
      <main
        id={MAIN_CONTENT_ID}
        ref={mainRef}
        tabIndex={-1}
        className={wide ? 'app-main app-main--wide' : 'app-main'}
      >
        <Suspense fallback={<LoadingState label={t('app.loading')} />}>
          <Outlet />
        </Suspense>
      </main>
    </SelectedTeamProvider>
  );
}
