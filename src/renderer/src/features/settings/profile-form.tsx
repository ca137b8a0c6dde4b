import { Button, Group, NumberInput, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { profileSchema, type Profile, type ProfileInput } from '@shared/contract/settings';
import { hourlyCostRateMinor } from '@shared/domain/capacity';
import { systemTimeZone } from '@shared/domain/local-time';
import { languages, majorToMinor, minorToMajor, type Language } from '@shared/domain/format';
import { contractResolver, applyServerIssues } from '../../lib/form';
import { ErrorAlert } from '../../lib/error-alert';
import { MoneyInput } from '../../lib/money-input';
import { useFormat } from '../../lib/format';
import { setLanguage } from '../../lib/i18n';
import { useSaveProfile } from '../../lib/use-settings';

export const currencies = ['TRY', 'AZN', 'USD', 'EUR', 'GBP'] as const;

/** Every zone this runtime knows, with the current one first in line if it is missing (e.g. 'UTC'). */
function timeZoneChoices(current: string): string[] {
  const all = Intl.supportedValuesOf('timeZone');
  return current && !all.includes(current) ? [current, ...all] : all;
}

interface ProfileFormValues {
  businessName: string;
  ownerName: string;
  ownerTitle: string;
  place: string;
  currency: string;
  language: Language;
  monthlyCapacityCost: number | string;
  paidHoursPerMonth: number | string;
  practicalCapacityPct: number | string;
  timeZone: string;
}

function toInput(v: ProfileFormValues): ProfileInput {
  const num = (x: number | string) => (typeof x === 'number' ? x : x.trim() === '' ? Number.NaN : Number(x));
  return {
    businessName: v.businessName,
    ownerName: v.ownerName,
    ownerTitle: v.ownerTitle,
    place: v.place,
    currency: v.currency,
    language: v.language,
    monthlyCapacityCostMinor: majorToMinor(num(v.monthlyCapacityCost), v.currency || 'TRY'),
    paidHoursPerMonth: num(v.paidHoursPerMonth),
    practicalCapacityPct: num(v.practicalCapacityPct),
    timeZone: v.timeZone || null,
  };
}

/** The currency a first run proposes for a language: TRY in Turkish, AZN in Azerbaijani. */
export function defaultCurrency(lang: Language): string {
  return lang === 'az' ? 'AZN' : lang === 'tr' ? 'TRY' : 'EUR';
}

function toFormValues(p: Profile | null, lang: Language): ProfileFormValues {
  if (!p) {
    return {
      businessName: '',
      ownerName: '',
      ownerTitle: '',
      place: '',
      currency: defaultCurrency(lang),
      language: lang,
      monthlyCapacityCost: '',
      paidHoursPerMonth: 160,
      practicalCapacityPct: 80,
      timeZone: systemTimeZone(),
    };
  }
  return {
    ...p,
    place: p.place ?? '',
    monthlyCapacityCost: minorToMajor(p.monthlyCapacityCostMinor, p.currency),
    // the computer's zone until the owner picks one
    timeZone: p.timeZone ?? systemTimeZone(),
  };
}

/** Business, owner and capacity cost: used by first-run setup and by the Settings page. */
export function ProfileForm({
  profile,
  submitLabel,
  onSaved,
}: {
  profile: Profile | null;
  submitLabel: string;
  onSaved?: () => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const save = useSaveProfile();
  const form = useForm<ProfileFormValues>({
    defaultValues: toFormValues(profile, fmt.lang),
    resolver: contractResolver(profileSchema, toInput),
    mode: 'onTouched',
  });
  const values = form.watch();
  const input = toInput(values);
  const rate =
    Number.isFinite(input.monthlyCapacityCostMinor) &&
    Number.isFinite(input.paidHoursPerMonth) &&
    Number.isFinite(input.practicalCapacityPct)
      ? hourlyCostRateMinor({
          monthlyCapacityCostMinor: input.monthlyCapacityCostMinor,
          paidHoursPerMonth: input.paidHoursPerMonth,
          practicalCapacityPct: input.practicalCapacityPct,
        })
      : null;
  const currency = values.currency || 'TRY';
  const err = (name: keyof ProfileFormValues | 'monthlyCapacityCostMinor') => {
    const e = form.formState.errors[name as keyof ProfileFormValues];
    return e?.message ? t(e.message) : undefined;
  };

  const onSubmit = form.handleSubmit(async (v) => {
    try {
      const view = await save.mutateAsync(toInput(v));
      if (view.profile) setLanguage(view.profile.language);
      notifications.show({ message: t('settings.saved'), color: 'green' });
      onSaved?.();
    } catch (e) {
      applyServerIssues(e, form.setError);
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('settings.profileSection')}>
      <Stack gap="md">
        <Paper withBorder p="md">
          <Title order={3} mb="sm">
            {t('settings.profileSection')}
          </Title>
          <Stack gap="sm">
            <TextInput
              label={t('settings.fields.businessName')}
              required
              error={err('businessName')}
              {...form.register('businessName')}
            />
            <Group grow align="flex-start">
              <TextInput
                label={t('settings.fields.ownerName')}
                required
                error={err('ownerName')}
                {...form.register('ownerName')}
              />
              <TextInput
                label={t('settings.fields.ownerTitle')}
                description={t('settings.fields.ownerTitleHint')}
                error={err('ownerTitle')}
                {...form.register('ownerTitle')}
              />
            </Group>
            <TextInput
              label={t('settings.fields.place')}
              description={t('settings.fields.placeHint')}
              error={err('place')}
              {...form.register('place')}
            />
            <Group grow align="flex-start">
              <Controller
                control={form.control}
                name="currency"
                render={({ field }) => (
                  <Select
                    label={t('settings.fields.currency')}
                    data={[...currencies]}
                    value={field.value}
                    onChange={(v) => field.onChange(v ?? '')}
                    allowDeselect={false}
                    error={err('currency')}
                  />
                )}
              />
              <Controller
                control={form.control}
                name="language"
                render={({ field }) => (
                  <Select
                    label={t('settings.fields.language')}
                    data={languages.map((l) => ({ value: l, label: t(`languages.${l}`) }))}
                    value={field.value}
                    onChange={(v) => {
                      if (v) {
                        field.onChange(v);
                        // On first run, the currency follows the language until the owner picks one.
                        if (!profile && !form.formState.dirtyFields.currency)
                          form.setValue('currency', defaultCurrency(v as Language));
                        setLanguage(v as Language);
                      }
                    }}
                    allowDeselect={false}
                    error={err('language')}
                  />
                )}
              />
            </Group>
            <Controller
              control={form.control}
              name="timeZone"
              render={({ field }) => (
                <Select
                  label={t('settings.fields.timeZone')}
                  description={t('settings.fields.timeZoneHint')}
                  data={timeZoneChoices(field.value)}
                  value={field.value}
                  onChange={(v) => field.onChange(v ?? '')}
                  searchable
                  allowDeselect={false}
                  error={err('timeZone')}
                />
              )}
            />
          </Stack>
        </Paper>
        <Paper withBorder p="md">
          <Title order={3} mb="xs">
            {t('settings.capacitySection')}
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            {t('settings.capacityHelp')}
          </Text>
          <Stack gap="sm">
            <Controller
              control={form.control}
              name="monthlyCapacityCost"
              render={({ field }) => (
                <MoneyInput
                  label={t('settings.fields.monthlyCapacityCost')}
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  currency={currency}
                  error={err('monthlyCapacityCostMinor') ?? err('monthlyCapacityCost')}
                />
              )}
            />
            <Group grow align="flex-start">
              <Controller
                control={form.control}
                name="paidHoursPerMonth"
                render={({ field }) => (
                  <NumberInput
                    label={t('settings.fields.paidHoursPerMonth')}
                    value={field.value}
                    onChange={field.onChange}
                    onBlur={field.onBlur}
                    min={1}
                    error={err('paidHoursPerMonth')}
                  />
                )}
              />
              <Controller
                control={form.control}
                name="practicalCapacityPct"
                render={({ field }) => (
                  <NumberInput
                    label={t('settings.fields.practicalCapacityPct')}
                    description={t('settings.fields.practicalCapacityHint')}
                    value={field.value}
                    onChange={field.onChange}
                    onBlur={field.onBlur}
                    min={10}
                    max={100}
                    error={err('practicalCapacityPct')}
                  />
                )}
              />
            </Group>
            <Paper bg="var(--mantine-color-gray-0)" p="sm" aria-live="polite" data-testid="hourly-rate">
              <Text fw={600}>
                {t('settings.hourlyRate')}: {rate === null ? t('state.noValue') : fmt.money(rate, currency)}
              </Text>
              {rate !== null && (
                <Text size="sm" c="dimmed">
                  {t('settings.hourlyRateExplain', {
                    cost: fmt.money(input.monthlyCapacityCostMinor, currency),
                    hours: fmt.number(input.paidHoursPerMonth),
                    pct: fmt.percent(input.practicalCapacityPct / 100),
                    rate: fmt.money(rate, currency),
                  })}
                </Text>
              )}
            </Paper>
          </Stack>
        </Paper>
        {save.error &&
          !(save.error instanceof Error && 'issues' in save.error && (save.error as { issues: unknown[] }).issues.length) && (
            <ErrorAlert error={save.error} />
          )}
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
