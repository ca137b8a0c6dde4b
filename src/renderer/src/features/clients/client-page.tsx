import { Anchor, Badge, Button, Group, Modal, Paper, SimpleGrid, Stack, Tabs, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import type { Client } from '@shared/contract/clients';
import { ErrorAlert } from '../../lib/error-alert';
import { useFormat } from '../../lib/format';
import { useSettings } from '../../lib/use-settings';
import { ClientForm } from './client-form';
import { StatusBadge } from './status-badge';
import { useArchiveClient, useClient, useRestoreClient, useUpdateClient } from './use-clients';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text>{children}</Text>
    </div>
  );
}

export function ClientDetails({ client, currency }: { client: Client; currency: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const none = t('state.noValue');
  return (
    <Paper withBorder p="md">
      <Title order={4} mb="sm">
        {t('clients.details')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Field label={t('clients.fields.company')}>{client.company || none}</Field>
        <Field label={t('clients.fields.email')}>{client.email || none}</Field>
        <Field label={t('clients.fields.phone')}>{client.phone || none}</Field>
        <Field label={t('clients.fields.clientSince')}>{client.clientSince ? fmt.date(client.clientSince) : none}</Field>
        <Field label={t('clients.fields.acquisitionChannel')}>{client.acquisitionChannel || none}</Field>
        <Field label={t('clients.fields.acquisitionCost')}>{fmt.money(client.acquisitionCostMinor, currency)}</Field>
        <Field label={t('clients.fields.paymentTermsKind')}>
          {client.paymentTermsKind === 'days'
            ? t('clients.paymentTerms.daysValue', { count: client.paymentTermsValue })
            : t('clients.paymentTerms.dayOfMonthValue', { count: client.paymentTermsValue })}
        </Field>
      </SimpleGrid>
      {client.notes && (
        <Field label={t('clients.fields.notes')}>
          <span style={{ whiteSpace: 'pre-wrap' }}>{client.notes}</span>
        </Field>
      )}
    </Paper>
  );
}

/** A section of the client page contributed by a feature (money, value, journal, offboarding…). */
export interface ClientTab {
  value: string;
  /** i18n key of the tab's label */
  label: string;
  render: (client: Client, currency: string) => ReactNode;
}

export function ClientPage({ tabs = [] }: { tabs?: ClientTab[] }) {
  const { t } = useTranslation();
  const id = Number(useParams()['id']);
  // ?tab=money opens a tab directly (links from evidence, e.g. a late invoice behind a red flag).
  const [search] = useSearchParams();
  const tabParam = search.get('tab');
  const client = useClient(id);
  const currency = useSettings().data?.profile?.currency ?? 'TRY';
  const [editing, editModal] = useDisclosure(false);
  const [confirming, confirmModal] = useDisclosure(false);
  const update = useUpdateClient();
  const archive = useArchiveClient();
  const restore = useRestoreClient();

  if (client.error) return <ErrorAlert error={client.error} onRetry={() => void client.refetch()} />;
  if (!client.data) return null;
  const c = client.data;

  return (
    <Stack>
      <Anchor component={Link} to="/clients" size="sm">
        ← {t('clients.title')}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2}>{c.name}</Title>
          <Group gap="xs" mt={4}>
            <StatusBadge status={c.status} />
            {c.isHighProfile && <Badge variant="light">{t('clients.highProfile')}</Badge>}
            {c.isSample && (
              <Badge color="grape" variant="outline">
                {t('value.sample.badge')}
              </Badge>
            )}
            {c.archivedAt && <Badge color="gray">{t('clients.archived')}</Badge>}
          </Group>
        </div>
        <Group>
          <Button variant="default" onClick={editModal.open}>
            {t('actions.edit')}
          </Button>
          {c.archivedAt ? (
            <Button
              variant="light"
              loading={restore.isPending}
              onClick={async () => {
                await restore.mutateAsync({ id: c.id });
                notifications.show({ message: t('clients.restoredNotice', { name: c.name }), color: 'green' });
              }}
            >
              {t('actions.restore')}
            </Button>
          ) : (
            <Button color="red" variant="light" onClick={confirmModal.open}>
              {t('actions.archive')}
            </Button>
          )}
        </Group>
      </Group>
      <Tabs key={search.toString()} defaultValue={tabParam ?? 'overview'} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="overview">{t('clients.overview')}</Tabs.Tab>
          {tabs.map((tab) => (
            <Tabs.Tab key={tab.value} value={tab.value}>
              {t(tab.label)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="overview" pt="md">
          <ClientDetails client={c} currency={currency} />
        </Tabs.Panel>
        {tabs.map((tab) => (
          <Tabs.Panel key={tab.value} value={tab.value} pt="md">
            {tab.render(c, currency)}
          </Tabs.Panel>
        ))}
      </Tabs>

      <Modal opened={editing} onClose={editModal.close} title={t('clients.editTitle')} size="lg">
        <ClientForm
          client={c}
          currency={currency}
          submitting={update.isPending}
          submitError={update.error}
          onCancel={editModal.close}
          onSubmit={async (input) => {
            await update.mutateAsync({ id: c.id, client: input });
            editModal.close();
            notifications.show({ message: t('clients.updatedNotice'), color: 'green' });
          }}
        />
      </Modal>
      <Modal opened={confirming} onClose={confirmModal.close} title={t('clients.archiveConfirmTitle')}>
        <Text mb="md">{t('clients.archiveConfirm', { name: c.name })}</Text>
        {archive.error ? <ErrorAlert error={archive.error} /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={confirmModal.close}>
            {t('actions.cancel')}
          </Button>
          <Button
            color="red"
            loading={archive.isPending}
            onClick={async () => {
              await archive.mutateAsync({ id: c.id });
              confirmModal.close();
              notifications.show({ message: t('clients.archivedNotice', { name: c.name }), color: 'green' });
            }}
          >
            {t('actions.archive')}
          </Button>
        </Group>
      </Modal>
    </Stack>
  );
}
