import { Anchor, Badge, Button, Checkbox, Group, Modal, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useDeferredValue, useMemo, useRef, useState } from 'react';
import { matchesClientSearch } from '@shared/domain/fold';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { Client } from '@shared/contract/clients';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { clientStatuses, type ClientStatus } from '@shared/domain/client-status';
import { EmptyState } from '../../lib/empty-state';
import { ErrorAlert } from '../../lib/error-alert';
import { useSettings } from '../../lib/use-settings';
import { ClientForm } from './client-form';
import { useClients, useCreateClient } from './use-clients';
import { StatusBadge } from './status-badge';

export function ClientsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<ClientStatus | null>(null);
  const [includeArchived, setIncludeArchived] = useState(false);
  // The list is loaded once per status filter and searched in memory: a keystroke never waits
  // for a round trip, and 10,000 clients filter in a few milliseconds.
  const deferred = useDeferredValue(search);
  const list = useClients({ search: '', status, includeArchived });
  const shown = useMemo(() => list.data?.filter((c) => matchesClientSearch(c, deferred)), [list.data, deferred]);
  // `/clients?new=1` (the dashboard's first-use action) opens the new-client form at once
  const [params] = useSearchParams();
  const [creating, createModal] = useDisclosure(params.get('new') === '1');
  const create = useCreateClient();
  const currency = useSettings().data?.profile?.currency ?? 'TRY';
  const isFiltered = deferred.trim() !== '' || status !== null;

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('clients.title')}</Title>
        <Button onClick={createModal.open}>{t('clients.new')}</Button>
      </Group>
      <Group align="flex-end">
        <TextInput
          type="search"
          aria-label={t('actions.search')}
          placeholder={t('clients.searchPlaceholder')}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          w={340}
        />
        <Select
          aria-label={t('clients.statusFilter')}
          placeholder={t('clients.allStatuses')}
          data={clientStatuses.map((s) => ({ value: s, label: t(`clients.status.${s}`) }))}
          value={status}
          onChange={(v) => setStatus((v as ClientStatus | null) ?? null)}
          clearable
          w={200}
        />
        <Checkbox
          label={t('clients.showArchived')}
          checked={includeArchived}
          onChange={(e) => setIncludeArchived(e.currentTarget.checked)}
        />
      </Group>
      {list.error && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      {shown && shown.length === 0 && isFiltered && <EmptyState>{t('clients.noMatch')}</EmptyState>}
      {shown && shown.length === 0 && !isFiltered && (
        <EmptyState action={<Button onClick={createModal.open}>{t('clients.emptyAction')}</Button>}>
          {t('clients.empty')}
        </EmptyState>
      )}
      {shown && shown.length > 0 && (
        <>
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('clients.count', { count: shown.length })}
          </Text>
          <ClientTable clients={shown} />
        </>
      )}
      <Modal opened={creating} onClose={createModal.close} title={t('clients.createTitle')} size="lg">
        <ClientForm
          client={null}
          currency={currency}
          submitting={create.isPending}
          submitError={create.error}
          onCancel={createModal.close}
          onSubmit={async (input) => {
            const c = await create.mutateAsync(input);
            createModal.close();
            notifications.show({ message: t('clients.createdNotice', { name: c.name }), color: 'green' });
            void navigate(`/clients/${c.id}`);
          }}
        />
      </Modal>
    </Stack>
  );
}

const ROW_HEIGHT = 41;

/** Only the rows in view are in the DOM, so 10,000 clients scroll and filter instantly. */
function ClientTable({ clients }: { clients: Client[] }) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: clients.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    initialRect: { width: 1000, height: 800 },
  });
  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  return (
    <div ref={scrollRef} style={{ maxHeight: 'calc(100vh - 240px)', overflowY: 'auto' }} data-testid="client-table">
      <Table striped highlightOnHover stickyHeader aria-label={t('clients.title')} aria-rowcount={clients.length + 1}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('clients.fields.name')}</Table.Th>
            <Table.Th>{t('clients.fields.company')}</Table.Th>
            <Table.Th>{t('clients.fields.status')}</Table.Th>
            <Table.Th>{t('clients.fields.email')}</Table.Th>
            <Table.Th>{t('clients.fields.phone')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {padTop > 0 && <tr aria-hidden style={{ height: padTop }} />}
          {items.map((item) => {
            const c = clients[item.index]!;
            return (
              <Table.Tr key={c.id} data-testid="client-row" aria-rowindex={item.index + 2} style={{ height: ROW_HEIGHT }}>
                <Table.Td>
                  <Anchor component={Link} to={`/clients/${c.id}`}>
                    {c.name}
                  </Anchor>
                  {c.isHighProfile && (
                    <Badge ml="xs" size="xs" variant="light">
                      {t('clients.highProfile')}
                    </Badge>
                  )}
                  {c.archivedAt && (
                    <Badge ml="xs" size="xs" color="gray">
                      {t('clients.archived')}
                    </Badge>
                  )}
                  {c.isSample && (
                    <Badge ml="xs" size="xs" color="grape" variant="outline">
                      {t('value.sample.badge')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{c.company}</Table.Td>
                <Table.Td>
                  <StatusBadge status={c.status} />
                </Table.Td>
                <Table.Td>{c.email}</Table.Td>
                <Table.Td>{c.phone}</Table.Td>
              </Table.Tr>
            );
          })}
          {padBottom > 0 && <tr aria-hidden style={{ height: padBottom }} />}
        </Table.Tbody>
      </Table>
    </div>
  );
}
