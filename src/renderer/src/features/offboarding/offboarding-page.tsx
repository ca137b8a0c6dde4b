import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../lib/empty-state';

export function OffboardingPage() {
  const { t } = useTranslation();
  return (
    <Stack>
      <Title order={2}>{t('shell.offboarding.title')}</Title>
      <EmptyState>{t('shell.offboarding.empty')}</EmptyState>
    </Stack>
  );
}
