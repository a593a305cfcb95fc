import { screen, waitFor, within } from '@testing-library/react';
import { installFakeApi, json, problem } from '../test/fetch-mock';
import { employee, me, page } from '../test/fixtures';
import { renderApp, signedInRoutes, signIn } from '../test/render-app';
import { en } from './en';
import { createI18n, LANGUAGE_STORAGE_KEY } from './index';
import { pl } from './pl';

/** Every leaf key of a resource tree, dotted. */
function keysOf(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value as object, `${prefix}${key}.`),
  );
}

describe('translations', () => {
  it('has every English key in Polish, with Polish plural forms and no empty text', () => {
    const polish = new Set(keysOf(pl));
    const expected = keysOf(en).flatMap((key) =>
      key.endsWith('_other')
        ? [key, key.replace(/_other$/, '_few'), key.replace(/_other$/, '_many')]
        : [key],
    );
    expect(expected.filter((key) => !polish.has(key))).toEqual([]);
    expect(keysOf(pl).filter((key) => !expected.includes(key))).toEqual([]);
    const empty = keysOf(pl).filter((key) => {
      const value = key
        .split('.')
        .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], pl);
      return typeof value !== 'string' || value.trim() === '';
    });
    expect(empty).toEqual([]);
  });

  it('formats Polish plurals and numbers through Intl', () => {
    const i18n = createI18n('pl');
    expect(i18n.t('staff.count', { count: 1 })).toBe('1 osoba');
    expect(i18n.t('staff.count', { count: 3 })).toBe('3 osoby');
    expect(i18n.t('staff.count', { count: 5 })).toBe('5 osób');
    expect(i18n.t('staff.count', { count: 22 })).toBe('22 osoby');
    // Polish groups thousands with a (narrow) no-break space.
    expect(i18n.t('staff.count', { count: 12345 })).toMatch(/^12\s345 osób$/u);
    const english = createI18n('en');
    expect(english.t('staff.count', { count: 12345 })).toBe('12,345 people');
  });

  it('has Polish plural forms for leave days, fractions included', () => {
    const i18n = createI18n('pl');
    expect(i18n.t('leave.days', { count: 1 })).toBe('1 dzień');
    expect(i18n.t('leave.days', { count: 3 })).toBe('3 dni');
    expect(i18n.t('leave.days', { count: 12 })).toBe('12 dni');
    // A half day is a fraction: CLDR's "other" form.
    expect(i18n.t('leave.days', { count: 0.5 })).toBe('0,5 dnia');
    expect(i18n.t('cover.openGaps', { count: 2 })).toBe('2 otwarte luki');
    expect(i18n.t('cover.openGaps', { count: 5 })).toBe('5 otwartych luk');
    expect(i18n.t('leave.tabs.waiting', { count: 22 })).toBe('22 wnioski czekają');
  });
});

describe('Polish UI', () => {
  it('renders the sign-in page in Polish and marks the document as Polish', async () => {
    installFakeApi();
    renderApp({ path: '/login', language: 'pl' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Logowanie' })).toBeInTheDocument();
    expect(screen.getByLabelText('Hasło')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Zaloguj się' })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('lang', 'pl');
    expect(document.documentElement).toHaveAttribute('dir', 'ltr');
    expect(document.title).toBe('Logowanie · Planer zastępstw');
  });

  it('renders the staff page in Polish', async () => {
    signIn();
    const five = Array.from({ length: 5 }, (_, i) =>
      employee({ id: `e0000000-0000-4000-8000-00000000020${i}`, name: `Osoba ${i + 1}` }),
    );
    installFakeApi({ ...signedInRoutes(), 'GET /api/employees': json(page(five)) });
    renderApp({ path: '/staff', language: 'pl' });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Pracownicy' }),
    ).toBeInTheDocument();
    expect(await screen.findByText('5 osób')).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Umiejętności' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Nieaktywni' })).toBeInTheDocument();
    expect(
      within(screen.getByRole('banner')).getByRole('button', { name: 'Wyloguj się' }),
    ).toBeInTheDocument();
    expect(
      await within(screen.getByRole('banner')).findByText('Zalogowano jako Marta Nowak, Kierownik'),
    ).toBeInTheDocument();
  });

  it('renders the leave, cover and calendar views in Polish', async () => {
    signIn();
    installFakeApi({
      ...signedInRoutes(),
      'GET /api/leave-types': json({ items: [] }),
      'GET /api/leave-requests': json(page([])),
      [`GET /api/employees/${me.id}/leave-balance`]: problem(500, 'INTERNAL', 'x'),
      'GET /api/calendar-feeds': json({ items: [] }),
    });
    const { user } = renderApp({ path: '/leave', language: 'pl' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Urlopy' })).toBeInTheDocument();
    expect(await screen.findByText('Nie udało się wczytać salda urlopu.')).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Moje urlopy' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Nawigacja główna' });
    await user.click(within(nav).getByRole('link', { name: 'Kalendarz' }));
    expect(
      await screen.findByText(/Kalendarz Google odświeża subskrybowane kalendarze tylko co 8–24/),
    ).toBeInTheDocument();
    await user.click(within(nav).getByRole('link', { name: 'Kto kogo zastępuje' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Kto kogo zastępuje' }),
    ).toBeInTheDocument();
  });

  it('switches language from the header and remembers the choice', async () => {
    signIn();
    installFakeApi(signedInRoutes());
    const { user } = renderApp({ path: '/staff' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Staff' })).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'Polski');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Pracownicy' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Język' })).toHaveDisplayValue('Polski');
    expect(document.documentElement).toHaveAttribute('lang', 'pl');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('pl');
    await waitFor(() => expect(document.title).toBe('Pracownicy · Planer zastępstw'));
  });
});
