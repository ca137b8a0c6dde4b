import { z } from 'zod';
import { method } from './define';
import { currencyCode, line, requiredLine, nonNegativeMinor } from './text';
import { languages } from '../domain/format';

export const profileSchema = z.strictObject({
  businessName: requiredLine(200),
  ownerName: requiredLine(200),
  ownerTitle: line(200),
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
