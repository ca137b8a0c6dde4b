import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../lib/empty-state';

export function JournalPage() {
  const { t } = useTranslation();
  return (
    <Stack>
      <Title order={2}>{t('shell.journal.title')}</Title>
      <EmptyState>{t('shell.journal.empty')}</EmptyState>
    </Stack>
  );
}
