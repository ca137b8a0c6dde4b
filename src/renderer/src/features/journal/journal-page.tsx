import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { JournalView } from './journal-view';

export function JournalPage() {
  const { t } = useTranslation();
  return (
    <Stack>
      <div>
        <Title order={2}>{t('journal.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('journal.intro')}
        </Text>
      </div>
      <JournalView clientId={null} />
    </Stack>
  );
}
