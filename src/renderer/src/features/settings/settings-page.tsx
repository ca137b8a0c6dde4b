import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../lib/error-alert';
import { ProfileForm } from './profile-form';
import { useSettings } from './use-settings';

export function SettingsPage() {
  const { t } = useTranslation();
  const settings = useSettings();
  if (settings.error) return <ErrorAlert error={settings.error} onRetry={() => void settings.refetch()} />;
  if (!settings.data) return null;
  return (
    <Stack>
      <Title order={2}>{t('settings.title')}</Title>
      <ProfileForm profile={settings.data.profile} submitLabel={t('actions.save')} />
    </Stack>
  );
}
