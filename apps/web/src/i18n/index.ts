import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { pl } from './pl';

export const LANGUAGES = [
  // Each language is offered in its own name, so that someone who cannot read the current UI
  // language still finds theirs.
  { code: 'en', nativeName: 'English' },
  { code: 'pl', nativeName: 'Polski' },
] as const;

export type LanguageCode = (typeof LANGUAGES)[number]['code'];

export const DEFAULT_LANGUAGE: LanguageCode = 'en';
export const LANGUAGE_STORAGE_KEY = 'coverage-planner.language';

export const resources = {
  en: { translation: en },
  pl: { translation: pl },
} as const;

export function isLanguageCode(value: unknown): value is LanguageCode {
  return LANGUAGES.some((language) => language.code === value);
}

/** The remembered choice, else the browser's first supported language, else English. */
export function detectLanguage(): LanguageCode {
  try {
    const stored = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    if (isLanguageCode(stored)) return stored;
  } catch {
    // Storage unavailable: fall through to the browser's preference.
  }
  const preferred = typeof navigator === 'undefined' ? [] : (navigator.languages ?? []);
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguageCode(base)) return base;
  }
  return DEFAULT_LANGUAGE;
}

function applyToDocument(instance: I18n, language: string): void {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = language;
  // Set from the language, so a right-to-left language added later flips the layout by itself.
  document.documentElement.dir = instance.dir(language);
}

/** A fresh i18next instance (tests make their own; the app makes one at start-up). */
export function createI18n(language: LanguageCode = detectLanguage()): I18n {
  const instance = i18next.createInstance();
  instance.use(initReactI18next);
  instance.on('languageChanged', (lng) => applyToDocument(instance, lng));
  void instance.init({
    resources,
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: LANGUAGES.map((l) => l.code),
    defaultNS: 'translation',
    // Resources are bundled, so initialisation completes synchronously and the first render
    // already has its text.
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  applyToDocument(instance, instance.language);
  return instance;
}

/** Switches the UI language and remembers the choice for the next visit. */
export async function changeLanguage(instance: I18n, language: LanguageCode): Promise<void> {
  await instance.changeLanguage(language);
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // The choice then lasts for this visit only.
  }
}
