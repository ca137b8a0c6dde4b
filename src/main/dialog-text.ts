// The OS file dialogs speak the owner's language: their titles, buttons and file-type names come
// from the catalogues (the `dialogs` section), like every other string the owner reads.
import type { Catalogue } from '../shared/i18n/en';
import { defaultLanguage } from '../shared/i18n';
import type { Language } from '../shared/domain/format';
import { translatorFor } from './pdf/translate';

export type DialogPurpose = Exclude<keyof Catalogue['dialogs'], 'filters'>;
export type FilterKind = keyof Catalogue['dialogs']['filters'];

/** The title and the confirming button of one dialog. */
export function dialogText(lang: Language, purpose: DialogPurpose): { title: string; buttonLabel: string } {
  const t = translatorFor(lang);
  return { title: t(`dialogs.${purpose}.title`), buttonLabel: t(`dialogs.${purpose}.button`) };
}

/** A file-type filter with its translated name. */
export function fileFilter(lang: Language, kind: FilterKind, extensions: string[]) {
  return { name: translatorFor(lang)(`dialogs.filters.${kind}`), extensions };
}

/**
 * The language the owner chose in Settings; the default before set-up, and while no usable
 * database is open (the recovery screen is in the default language too).
 */
export function ownerLanguage(settings: { profile(): { language: Language } | null }): Language {
  try {
    return settings.profile()?.language ?? defaultLanguage;
  } catch {
    return defaultLanguage;
  }
}
