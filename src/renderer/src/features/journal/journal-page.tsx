import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { JournalView } from './journal-view';

const idParam = (v: string | null) => (v && /^\d{1,15}$/.test(v) ? Number(v) : null);

/** The global journal. `?client=<id>&entry=<id>` (evidence links from other screens) filters and opens an entry. */
export function JournalPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const client = idParam(params.get('client'));
  const entry = idParam(params.get('entry'));
  return (
    <Stack>
      <div>
        <Title order={2}>{t('journal.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('journal.intro')}
        </Text>
      </div>
      <JournalView key={`${client}-${entry}`} clientId={null} initialClientId={client} initialOpenId={entry} />
    </Stack>
  );
}
