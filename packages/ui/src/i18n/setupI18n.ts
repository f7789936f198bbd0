import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { commonEn, commonVi } from './sharedStrings';

export const supportedLanguages = ['vi', 'en'] as const;
export type Language = (typeof supportedLanguages)[number];

/** Vietnamese first: the portal serves Vietnamese citizens; English is for foreigners and investors. */
export const defaultLanguage: Language = 'vi';

const storageKey = 'motcua.language';

function isLanguage(value: unknown): value is Language {
  return supportedLanguages.includes(value as Language);
}

/** The language chosen on an earlier visit, or Vietnamese. */
export function readStoredLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(storageKey);
    return isLanguage(stored) ? stored : defaultLanguage;
  } catch {
    // Storage can be blocked (private mode, strict privacy settings); the default still works.
    return defaultLanguage;
  }
}

function rememberLanguage(language: Language) {
  try {
    window.localStorage.setItem(storageKey, language);
  } catch {
    // Not remembering is acceptable; the page itself has already switched.
  }
}

/** Screen readers choose their voice and browsers their hyphenation from `<html lang>`. */
function syncDocumentLanguage(language: Language) {
  document.documentElement.lang = language;
}

export interface AppStrings<Vi, En = Vi> {
  vi: Vi;
  en: En;
}

/**
 * Starts i18next for one app: the app's strings in the "app" namespace (the default), the shared
 * strings in "common" (the fallback, so `t("loading")` finds them without a prefix). Resources
 * are bundled, so initialisation is synchronous and the first render is already translated.
 */
export function setupI18n<Vi extends object, En extends object>(appStrings: AppStrings<Vi, En>): I18n {
  const i18n = i18next.createInstance();
  void i18n.use(initReactI18next).init({
    lng: readStoredLanguage(),
    fallbackLng: defaultLanguage,
    supportedLngs: supportedLanguages,
    ns: ['app', 'common'],
    defaultNS: 'app',
    fallbackNS: 'common',
    resources: {
      vi: { app: appStrings.vi, common: commonVi },
      en: { app: appStrings.en, common: commonEn },
    },
    // React escapes what it renders; escaping here too would show "&amp;" in names.
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });

  const current = i18n.resolvedLanguage;
  syncDocumentLanguage(isLanguage(current) ? current : defaultLanguage);
  i18n.on('languageChanged', (language) => {
    if (!isLanguage(language)) return;
    rememberLanguage(language);
    syncDocumentLanguage(language);
  });
  return i18n;
}
