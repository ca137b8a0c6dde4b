import { z } from 'zod';
import { method } from './define';
import { currencyCode, id, isoDate, nonNegativeMinor } from './text';
import type { ConversionRate, OtherCurrency } from '../domain/conversion';
import { journalKinds, type JournalKind } from '../domain/journal-kinds';
import { redFlagSigns, type RedFlagSign } from '../domain/red-flags';
import type { ActivityCatalogue, ClientValuation, ValuationSettings } from '../domain/valuation';
import type { CapacityCoverage, Portfolio } from '../domain/valuation-portfolio';

const ratio = (message: string) => z.number({ message: 'validation.number' }).min(0, { message }).max(1, { message });

export const valuationSettingsSchema = z
  .strictObject({
    windowMonths: z
      .number({ message: 'validation.number' })
      .int({ message: 'validation.wholeNumber' })
      .min(1, { message: 'validation.monthsRange' })
      .max(60, { message: 'validation.monthsRange' }),
    retentionProbability: ratio('validation.ratioRange').nullable(),
    discountRate: z
      .number({ message: 'validation.number' })
      .min(0, { message: 'validation.discountRange' })
      .max(1, { message: 'validation.discountRange' }),
    defaultCacMinor: nonNegativeMinor,
    monthsToReplace: z
      .number({ message: 'validation.number' })
      .min(0, { message: 'validation.monthsRange' })
      .max(60, { message: 'validation.monthsRange' }),
    targetMarginPct: ratio('validation.ratioRange'),
    // added later: a value saved before them still reads, with the defaults (no migration)
    smallLossPct: ratio('validation.ratioRange').default(0.05),
    refillShare: ratio('validation.ratioRange').default(0.5),
    healthWeights: z.strictObject(
      Object.fromEntries(redFlagSigns.map((s) => [s, ratio('validation.ratioRange')])) as Record<
        RedFlagSign,
        ReturnType<typeof ratio>
      >,
    ),
  })
  // CLV = A·r/(1+d−r) only exists while r < 1 + d.
  .refine((v) => v.retentionProbability === null || v.retentionProbability < 1 + v.discountRate, {
    message: 'validation.retentionTooHigh',
    path: ['retentionProbability'],
  });

export const activityCatalogueSchema = z.strictObject(
  Object.fromEntries(
    journalKinds.map((k) => [
      k,
      z
        .number({ message: 'validation.number' })
        .int({ message: 'validation.wholeNumber' })
        .min(0, { message: 'validation.minutesRange' })
        .max(1440, { message: 'validation.minutesRange' }),
    ]),
  ) as Record<JournalKind, z.ZodNumber>,
);

/** Hours a month of delivery work, by client id: the owner's estimates (settings key `deliveryHours`). */
export const deliveryHoursSchema = z.record(z.string().regex(/^\d+$/), z.number().min(0).max(744));

export const deliveryHoursInputSchema = z.strictObject({
  clientId: id,
  hoursPerMonth: z
    .number({ message: 'validation.number' })
    .min(0, { message: 'validation.hoursPerMonthRange' })
    .max(744, { message: 'validation.hoursPerMonthRange' }),
});

export const whatIfSchema = z.strictObject({
  pricePct: z.number().min(-100).max(500),
  timePct: z.number().min(-100).max(500),
  daysLateChange: z.number().int().min(-365).max(365),
});

/** A dated conversion rate: how many units of the business currency one unit of `currency` is worth. */
export const conversionRateSchema = z.strictObject({
  currency: currencyCode,
  rate: z
    .number({ message: 'validation.number' })
    .positive({ message: 'validation.rateRange' })
    .max(1_000_000_000, { message: 'validation.rateRange' }),
  on: isoDate,
});
export const conversionRatesSchema = z.array(conversionRateSchema).max(300);

export interface ValueSettingsView {
  valuation: ValuationSettings;
  catalogue: ActivityCatalogue;
  hourlyCostRateMinor: number;
  /** the portfolio's one-year retention, used when the owner gives none */
  observedRetention: number | null;
  /** the owner's rates for other currencies, one per currency */
  conversionRates: ConversionRate[];
}

export interface ClientValuationView extends ClientValuation {
  currency: string;
  /** each evidence entry's number in the client's journal (`seq`, as the journal and the dossier show it), by entry id */
  entrySeqs: Record<number, number>;
  /** the window's invoices in other currencies: included at the owner's rate, or left out */
  otherCurrencies: OtherCurrency[];
  clientName: string;
  isHighProfile: boolean;
  /** the owner's delivery estimate for this client, hours a month (0: none) */
  deliveryHoursPerMonth: number;
  /** the portfolio's capacity coverage: what every client's margin leaves uncovered */
  capacity: CapacityCoverage | null;
}

export interface PortfolioView extends Portfolio {
  currency: string;
  /** the portfolio's invoices in other currencies in the window: included at the owner's rate, or left out */
  otherCurrencies: OtherCurrency[];
}

export const valuationContract = {
  getValueSettings: method<ValueSettingsView>()(z.undefined()),
  saveValuationSettings: method<ValueSettingsView>()(valuationSettingsSchema),
  saveActivityCatalogue: method<ValueSettingsView>()(activityCatalogueSchema),
  saveDeliveryHours: method<ClientValuationView>()(deliveryHoursInputSchema),
  clientValuation: method<ClientValuationView>()(z.strictObject({ clientId: id, whatIf: whatIfSchema.optional() })),
  portfolio: method<PortfolioView>()(z.undefined()),
  /** Sets (or, with rate null, removes) the rate of one other currency. */
  saveConversionRate: method<ValueSettingsView>()(
    z.strictObject({ currency: currencyCode, rate: conversionRateSchema.shape.rate.nullable(), on: isoDate }),
  ),
};
