import { type ComponentType, lazy, type LazyExoticComponent } from 'react';
import type { ParseKeys } from 'i18next';
import type { Role } from '../lib/api-types';

/**
 * The signed-in views. Adding a view (Rota, Who covers whom, Leave, Plans, Fairness, Setup,
 * Calendar) is one entry here: the router gets its route, the header its navigation link and the
 * page its document title. Each view is its own chunk, loaded when first visited.
 */
export interface AppView {
  /** URL segment under the signed-in frame, e.g. `staff` → `/staff`. */
  path: string;
  /** Navigation label. */
  navLabelKey: ParseKeys;
  /** Document title (and usually the page's heading). */
  titleKey: ParseKeys;
  Component: LazyExoticComponent<ComponentType>;
  /** Views under construction can be routed without being offered in the navigation. */
  hideFromNav?: boolean;
  /** Uses the full window width (grids), instead of the reading width. */
  wide?: boolean;
  /**
   * Offered in the navigation only to these roles (the view itself says when it is not for you,
   * and the API refuses what it must).
   */
  roles?: readonly Role[];
}

/** Whether the navigation offers the view to someone with `role` (unknown while /api/me loads). */
export function isOfferedTo(view: AppView, role: Role | undefined): boolean {
  if (view.hideFromNav) return false;
  if (!view.roles) return true;
  return role !== undefined && view.roles.includes(role);
}

export const appViews: readonly AppView[] = [
  {
    path: 'rota',
    navLabelKey: 'nav.rota',
    titleKey: 'rota.title',
    wide: true,
    Component: lazy(() =>
      import('../features/rota/components/rota-page').then((m) => ({ default: m.RotaPage })),
    ),
  },
  {
    path: 'cover',
    navLabelKey: 'nav.cover',
    titleKey: 'cover.title',
    Component: lazy(() =>
      import('../features/cover/components/cover-page').then((m) => ({ default: m.CoverPage })),
    ),
  },
  {
    path: 'leave',
    navLabelKey: 'nav.leave',
    titleKey: 'leave.title',
    Component: lazy(() =>
      import('../features/leave/components/leave-page').then((m) => ({ default: m.LeavePage })),
    ),
  },
  {
    path: 'plans',
    navLabelKey: 'nav.plans',
    titleKey: 'plans.title',
    roles: ['manager', 'admin'],
    Component: lazy(() =>
      import('../features/plans/components/plans-page').then((m) => ({ default: m.PlansPage })),
    ),
  },
  {
    // A plan's page: reached from the plans list, not offered in the navigation.
    path: 'plans/:planId',
    navLabelKey: 'nav.plans',
    titleKey: 'plans.detail.title',
    hideFromNav: true,
    wide: true,
    Component: lazy(() =>
      import('../features/plans/components/plan-page').then((m) => ({ default: m.PlanPage })),
    ),
  },
  {
    path: 'fairness',
    navLabelKey: 'nav.fairness',
    titleKey: 'fairness.title',
    wide: true,
    Component: lazy(() =>
      import('../features/fairness/components/fairness-page').then((m) => ({
        default: m.FairnessPage,
      })),
    ),
  },
  {
    path: 'staff',
    navLabelKey: 'nav.staff',
    titleKey: 'staff.title',
    Component: lazy(() =>
      import('../features/staff/components/staff-page').then((m) => ({ default: m.StaffPage })),
    ),
  },
  {
    path: 'availability',
    navLabelKey: 'nav.availability',
    titleKey: 'availability.title',
    Component: lazy(() =>
      import('../features/availability/components/availability-page').then((m) => ({
        default: m.AvailabilityPage,
      })),
    ),
  },
  {
    path: 'setup',
    navLabelKey: 'nav.setup',
    titleKey: 'setup.title',
    roles: ['manager', 'admin'],
    Component: lazy(() =>
      import('../features/setup/components/setup-page').then((m) => ({ default: m.SetupPage })),
    ),
  },
  {
    path: 'calendar',
    navLabelKey: 'nav.calendar',
    titleKey: 'calendar.title',
    Component: lazy(() =>
      import('../features/calendar/components/calendar-page').then((m) => ({
        default: m.CalendarPage,
      })),
    ),
  },
];

/** Where "home" is: the first view, which is also where signing in lands. */
export const HOME_PATH = `/${appViews[0]?.path ?? ''}`;
