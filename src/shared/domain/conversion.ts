// Amounts in other currencies (issue 14 defect 4). The value calculator counts the business
// currency; an invoice, payment or direct cost in another currency counts only once the owner
// has entered a dated conversion rate for that currency (settings key `conversionRates`), and
// then at that one rate. Without a rate it is left out, and the Value tab and the value report
// say what was left out ("not included: EUR 3,200.00 in 2 invoices").
//
// Rounding: each invoice's amount, list price, outstanding amount and payments collected in the
// window are converted as a whole and rounded to the business currency's minor unit (round half
// up); each direct cost likewise. The client page (valuation-facts.ts) and the portfolio's SQL
// (main/valuation/sql.ts) convert the same amounts the same way, so their figures agree.
import { currencyDigits, formatDate, formatMoney, formatNumber, type Language } from './format';

export interface ConversionRate {
  /** the other currency (ISO 4217) */
  currency: string;
  /** how many units of the business currency one unit of `currency` is worth */
  rate: number;
  /** the day the rate is from (the owner's source, e.g. the central bank's rate of that day) */
  on: string;
}

/** Business-currency minor units per minor unit of `currency` (EUR → TRY at 35.2: 35.2; JPY → TRY at 0.23: 23). */
export function minorFactor(rate: number, currency: string, home: string): number {
  return rate * 10 ** (currencyDigits(home) - currencyDigits(currency));
}

/** The factor of each currency with a rate (the business currency itself is 1). */
export function conversionFactors(rates: readonly ConversionRate[], home: string): Record<string, number> {
  const out: Record<string, number> = { [home]: 1 };
  for (const r of rates) if (r.currency !== home) out[r.currency] = minorFactor(r.rate, r.currency, home);
  return out;
}

/** An amount converted with a factor, rounded to a whole minor unit. */
export function convertMinor(minor: number, factor: number): number {
  return factor === 1 ? minor : Math.round(minor * factor);
}

/** What the window holds in one other currency, and whether (at which rate) it counts. */
export interface OtherCurrency {
  currency: string;
  /** the window's invoices in that currency (not voided) */
  invoices: number;
  /** their amounts, in that currency's minor units */
  amountMinor: number;
  /** the rate they count at; null: left out */
  rate: ConversionRate | null;
  /** their amounts in the business currency at that rate; null when left out */
  convertedMinor: number | null;
}

/** The line the Value tab and the value report show for one other currency: its i18n key and values. */
export function otherCurrencyLine(o: OtherCurrency, home: string, lang: Language) {
  const amount = formatMoney(o.amountMinor, o.currency, lang);
  if (!o.rate || o.convertedMinor === null) return { key: 'value.currencies.left', params: { count: o.invoices, amount } };
  return {
    key: 'value.currencies.included',
    params: {
      count: o.invoices,
      amount,
      currency: o.currency,
      home,
      rate: formatNumber(o.rate.rate, lang, 6),
      on: formatDate(o.rate.on, lang),
      converted: formatMoney(o.convertedMinor, home, lang),
    },
  };
}
