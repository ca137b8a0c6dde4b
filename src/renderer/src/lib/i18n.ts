import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { catalogues, defaultLanguage } from '@shared/i18n';
import { languages, type Language } from '@shared/domain/format';

export const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  resources: Object.fromEntries(languages.map((l) => [l, { translation: catalogues[l] }])),
  lng: defaultLanguage,
  fallbackLng: false,
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

export function currentLanguage(): Language {
  const l = i18n.language;
  return (languages as readonly string[]).includes(l) ? (l as Language) : defaultLanguage;
}

export function setLanguage(lang: Language): void {
  if (i18n.language !== lang) void i18n.changeLanguage(lang);
  document.documentElement.lang = lang;
}
