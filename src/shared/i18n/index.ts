import { en } from './en';
import { tr } from './tr';
import { az } from './az';
import type { Language } from '../domain/format';

/** Catalogues for the UI (react-i18next) and the PDFs (i18next in main): one source. */
export const catalogues = { en, tr, az } satisfies Record<Language, unknown>;
export const defaultLanguage: Language = 'en';
