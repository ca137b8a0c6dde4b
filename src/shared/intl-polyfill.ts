// Number, date and plural data for en, tr and az, carried by the app itself (FormatJS).
// Chromium (and so Electron's renderer and its main process) ships without Azerbaijani ICU
// data yet *claims* the locale: `supportedLocalesOf(['az'])` answers ['az'] and then formats
// `AZN 262,424.00` and `2026 M12 2` from the root locale. So a locale counts as missing when
// FormatJS's `shouldPolyfill` says so, or when a probe of its own data comes back in root form.
// Once one locale is missing, that Intl constructor is replaced for every locale (FormatJS's
// polyfill-force), with data for all three languages, so a screen never mixes two engines.
// Data is added in order, English first: the first one loaded is the polyfill's default locale.
// Call it once, and await it, before the first render or the first PDF.
import { shouldPolyfill as shouldPolyfillCanonicalLocales } from '@formatjs/intl-getcanonicallocales/should-polyfill.js';
import { shouldPolyfill as shouldPolyfillLocale } from '@formatjs/intl-locale/should-polyfill.js';
import { shouldPolyfill as shouldPolyfillPluralRules } from '@formatjs/intl-pluralrules/should-polyfill.js';
import { shouldPolyfill as shouldPolyfillNumberFormat } from '@formatjs/intl-numberformat/should-polyfill.js';
import { shouldPolyfill as shouldPolyfillDateTimeFormat } from '@formatjs/intl-datetimeformat/should-polyfill.js';
import { languages, localeOf, type Language } from './domain/format';

/** Each language's own currency: a host with the locale's data shows its symbol, not the ISO code. */
const ownCurrency: Record<Language, string> = { en: 'GBP', tr: 'TRY', az: 'AZN' };

function pluralsMissing(lang: Language): boolean {
  if (shouldPolyfillPluralRules(localeOf(lang))) return true;
  // every one of en, tr, az has a "one" form; the root locale has only "other"
  return !new Intl.PluralRules(localeOf(lang)).resolvedOptions().pluralCategories.includes('one');
}

function numbersMissing(lang: Language): boolean {
  if (shouldPolyfillNumberFormat(localeOf(lang))) return true;
  const currency = ownCurrency[lang];
  return new Intl.NumberFormat(localeOf(lang), { style: 'currency', currency }).format(1).includes(currency);
}

function datesMissing(lang: Language): boolean {
  if (shouldPolyfillDateTimeFormat(localeOf(lang))) return true;
  // the root locale names months "M01" … "M12"
  const month = new Intl.DateTimeFormat(localeOf(lang), { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2026, 0, 15));
  return /^M\d+$/.test(month);
}

export interface IntlPolyfillReport {
  /** which Intl constructors were replaced by FormatJS's */
  replaced: ('getCanonicalLocales' | 'Locale' | 'PluralRules' | 'NumberFormat' | 'DateTimeFormat')[];
}

let loading: Promise<IntlPolyfillReport> | undefined;

/**
 * Loads the FormatJS polyfills the host needs, in the order FormatJS requires
 * (getCanonicalLocales → Locale → PluralRules → NumberFormat → DateTimeFormat). Idempotent.
 * `force` replaces PluralRules, NumberFormat and DateTimeFormat whatever the host has (tests).
 */
export function loadIntlPolyfills(opts: { force?: boolean } = {}): Promise<IntlPolyfillReport> {
  loading ??= load(opts.force ?? false);
  return loading;
}

async function load(force: boolean): Promise<IntlPolyfillReport> {
  const replaced: IntlPolyfillReport['replaced'] = [];
  const missing = (probe: (lang: Language) => boolean) => force || languages.some(probe);

  if (shouldPolyfillCanonicalLocales()) {
    await import('@formatjs/intl-getcanonicallocales/polyfill.js');
    replaced.push('getCanonicalLocales');
  }
  if (shouldPolyfillLocale()) {
    await import('@formatjs/intl-locale/polyfill.js');
    replaced.push('Locale');
  }
  if (missing(pluralsMissing)) {
    await import('@formatjs/intl-pluralrules/polyfill-force.js');
    await import('@formatjs/intl-pluralrules/locale-data/en.js');
    await import('@formatjs/intl-pluralrules/locale-data/tr.js');
    await import('@formatjs/intl-pluralrules/locale-data/az.js');
    replaced.push('PluralRules');
  }
  if (missing(numbersMissing)) {
    await import('@formatjs/intl-numberformat/polyfill-force.js');
    await import('@formatjs/intl-numberformat/locale-data/en.js');
    await import('@formatjs/intl-numberformat/locale-data/en-GB.js');
    await import('@formatjs/intl-numberformat/locale-data/tr.js');
    await import('@formatjs/intl-numberformat/locale-data/az.js');
    replaced.push('NumberFormat');
  }
  if (missing(datesMissing)) {
    // the polyfill's own default zone is UTC: keep the host's, as the native one reports it
    const hostZone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
    await import('@formatjs/intl-datetimeformat/polyfill-force.js');
    await import('@formatjs/intl-datetimeformat/locale-data/en.js');
    await import('@formatjs/intl-datetimeformat/locale-data/en-GB.js');
    // services/report-models.ts reads a local calendar day as en-CA's YYYY-MM-DD
    await import('@formatjs/intl-datetimeformat/locale-data/en-CA.js');
    await import('@formatjs/intl-datetimeformat/locale-data/tr.js');
    await import('@formatjs/intl-datetimeformat/locale-data/az.js');
    await import('@formatjs/intl-datetimeformat/add-all-tz.js');
    const polyfilled = Intl.DateTimeFormat as unknown as { __setDefaultTimeZone(tz: string): void };
    try {
      if (hostZone) polyfilled.__setDefaultTimeZone(hostZone);
    } catch {
      // a zone name the data does not know: the polyfill stays on UTC
    }
    replaced.push('DateTimeFormat');
  }
  return { replaced };
}

/** For a test: the locales whose data the host lacks, by constructor. */
export function hostGaps(): Record<'PluralRules' | 'NumberFormat' | 'DateTimeFormat', string[]> {
  const pick = (probe: (lang: Language) => boolean) => languages.filter(probe).map(localeOf);
  return { PluralRules: pick(pluralsMissing), NumberFormat: pick(numbersMissing), DateTimeFormat: pick(datesMissing) };
}
