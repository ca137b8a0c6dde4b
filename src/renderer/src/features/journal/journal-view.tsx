import { Button, Group, Modal, Stack, Tabs } from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ComplaintPatterns } from './complaint-patterns';
import { ComplaintsQueue } from './complaints-queue';
import { EntryDrawer } from './entry-drawer';
import { EntryForm } from './entry-form';
import { EvidenceButton, EvidenceModal, useEvidenceIntake } from './evidence-import';
import { FiltersBar } from './filters-bar';
import { Timeline } from './timeline';
import { emptyFilter, type Filter } from './use-journal';
import { VerifyJournal } from './verify-button';

/**
 * The journal, for every client (global page) or one (client tab): timeline with filters and
 * search, the complaint queue and complaint patterns, a new-entry form and verification.
 */
export function JournalView({
  clientId,
  height,
  initialClientId = null,
  initialOpenId = null,
}: {
  clientId: number | null;
  height?: string;
  /** global view only: start filtered to this client */
  initialClientId?: number | null;
  /** open this entry at once (a link from elsewhere) */
  initialOpenId?: number | null;
}) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<Filter>({ ...emptyFilter, clientId: clientId ?? initialClientId });
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 200);
  const [openId, setOpenId] = useState<number | null>(initialOpenId);
  const [creating, createModal] = useDisclosure(false);
  const effective = clientId === null ? filter : { ...filter, clientId };
  // a client's journal takes e-mails and chats: the button, or a file dropped anywhere on it
  const intake = useEvidenceIntake();
  return (
    <Stack {...(clientId !== null ? intake.dropProps : {})}>
      <Group justify="space-between" align="flex-start">
        <VerifyJournal clientId={clientId} onOpen={setOpenId} />
        <Group gap="xs">
          {clientId !== null && <EvidenceButton intake={intake} />}
          <Button onClick={createModal.open}>{t('journal.newEntry')}</Button>
        </Group>
      </Group>
      <Tabs defaultValue="timeline" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="timeline">{t('journal.views.timeline')}</Tabs.Tab>
          <Tabs.Tab value="complaints">{t('journal.views.complaints')}</Tabs.Tab>
          <Tabs.Tab value="patterns">{t('journal.views.patterns')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="timeline" pt="md">
          <Stack>
            <FiltersBar
              filter={effective}
              onChange={setFilter}
              search={search}
              onSearch={setSearch}
              withClient={clientId === null}
            />
            <Timeline
              filter={effective}
              search={debounced}
              onOpen={setOpenId}
              onNew={createModal.open}
              {...(height ? { height } : {})}
            />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="complaints" pt="md">
          <ComplaintsQueue clientId={clientId} onOpen={setOpenId} />
        </Tabs.Panel>
        <Tabs.Panel value="patterns" pt="md">
          <ComplaintPatterns clientId={clientId} />
        </Tabs.Panel>
      </Tabs>
      {clientId !== null && <EvidenceModal intake={intake} clientId={clientId} />}
      <EntryDrawer id={openId} onClose={() => setOpenId(null)} onOpen={setOpenId} />
      <Modal opened={creating} onClose={createModal.close} title={t('journal.newEntry')} size="xl">
        <EntryForm
          mode={{ type: 'new', clientId }}
          onCancel={createModal.close}
          onSaved={() => {
            notifications.show({ color: 'green', message: t('journal.savedNotice') });
            createModal.close();
          }}
        />
      </Modal>
    </Stack>
  );
}
