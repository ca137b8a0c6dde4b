import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../lib/error-alert';
import { ProfileForm } from './profile-form';
import { useSettings } from '../../lib/use-settings';
import type { ComponentType } from 'react';
import { ActivityCatalogue } from './activity-catalogue';
import { SampleDataSection } from './sample-data-section';
import { useValueSettings } from './use-value-settings';
import { ValueSettingsForm } from './value-settings-form';

/** `sections` come from app/settings-sections.tsx (features never import each other). */
export function SettingsPage({ sections = [] }: { sections?: { id: string; Component: ComponentType }[] }) {
  const { t } = useTranslation();
  const settings = useSettings();
  const valueSettings = useValueSettings();
  if (settings.error) return <ErrorAlert error={settings.error} onRetry={() => void settings.refetch()} />;
  if (!settings.data) return null;
  return (
    <Stack>
      <Title order={2}>{t('settings.title')}</Title>
      <ProfileForm profile={settings.data.profile} submitLabel={t('actions.save')} />
      {valueSettings.error ? <ErrorAlert error={valueSettings.error} /> : null}
      {valueSettings.data && (
        <>
          <ValueSettingsForm view={valueSettings.data} currency={settings.data.profile?.currency ?? 'TRY'} />
          <ActivityCatalogue view={valueSettings.data} currency={settings.data.profile?.currency ?? 'TRY'} />
        </>
      )}
      <SampleDataSection />
      {sections.map(({ id, Component }) => (
        <Component key={id} />
      ))}
    </Stack>
  );
}
