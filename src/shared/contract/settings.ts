import { z } from 'zod';
import { method } from './define';
import { currencyCode, line, requiredLine, nonNegativeMinor } from './text';
import { languages } from '../domain/format';
import { isTimeZone } from '../domain/local-time';

export const profileSchema = z.strictObject({
  businessName: requiredLine(200),
  ownerName: requiredLine(200),
  ownerTitle: line(200),
  /** where the owner signs (a city): printed on a dossier's declaration page */
  place: line(200).optional(),
  currency: currencyCode,
  language: z.enum(languages, { message: 'validation.choice' }),
  monthlyCapacityCostMinor: nonNegativeMinor,
  paidHoursPerMonth: z
    .number({ message: 'validation.number' })
    .min(1, { message: 'validation.hoursRange' })
    .max(10_000, { message: 'validation.hoursRange' }),
  practicalCapacityPct: z
    .number({ message: 'validation.number' })
    .min(10, { message: 'validation.pctRange' })
    .max(100, { message: 'validation.pctRange' }),
  /** the owner's IANA time zone (working hours, days, "today"); null = the computer's */
  timeZone: z
    .string({ message: 'validation.choice' })
    .max(64, { message: 'validation.choice' })
    .refine(isTimeZone, { message: 'validation.timeZone' })
    .nullish(),
});
export type Profile = z.output<typeof profileSchema>;
export type ProfileInput = z.input<typeof profileSchema>;

export interface SettingsView {
  /** null until the first-run setup is done */
  profile: Profile | null;
  /** derived: cost of one practical hour, minor units */
  hourlyCostRateMinor: number;
}

export const settingsContract = {
  getSettings: method<SettingsView>()(z.undefined()),
  saveProfile: method<SettingsView>()(profileSchema),
};
