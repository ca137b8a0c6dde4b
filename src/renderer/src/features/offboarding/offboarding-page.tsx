import { Anchor, Button, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { offboardingPaths, type OffboardingPath } from '@shared/domain/offboarding/types';
import { pathOptions } from '@shared/domain/offboarding/availability';
import { notifications } from '@mantine/notifications';
import { useApiMutation, useApiQuery } from '../../lib/api';
import { EmptyState } from '../../lib/empty-state';
import { ErrorAlert } from '../../lib/error-alert';
import { useFormat } from '../../lib/format';
import { CaseList } from './case-list';
import { useOffboardingCases, useOffboardingDue } from './use-offboarding';

export function OffboardingPage() {
  const { t } = useTranslation();
  const cases = useOffboardingCases({ clientId: null, openOnly: true });
  const [params] = useSearchParams();
  // `/offboarding?client=…&path=…` (the value calculator's "start" button) starts that path
  if (params.get('client') && params.get('path')) return <Navigate to={`/offboarding/new?${params.toString()}`} replace />;
  return (
    <Stack>
      <Title order={2}>{t('offboarding.title')}</Title>
      <Text c="dimmed">{t('offboarding.intro')}</Text>
      <DueList />
      <Title order={3}>{t('offboarding.openCases')}</Title>
      {cases.error ? <ErrorAlert error={cases.error} onRetry={() => void cases.refetch()} /> : null}
      {cases.data?.length === 0 ? <EmptyState>{t('offboarding.noOpenCases')}</EmptyState> : null}
      {cases.data && cases.data.length > 0 ? <CaseList cases={cases.data} showClient /> : null}
      <StartPath />
    </Stack>
  );
}

function DueList() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const due = useOffboardingDue();
  const calendar = useApiMutation('exportDueCalendar');
  return (
    <Paper withBorder p="md" data-testid="due-list">
      <Group justify="space-between" mb="xs">
        <Title order={4}>{t('offboarding.due')}</Title>
        {due.data && due.data.length > 0 && (
          <Button
            size="xs"
            variant="light"
            loading={calendar.isPending}
            onClick={() =>
              calendar.mutate(undefined, {
                onSuccess: (r) => {
                  if (r.status === 'saved')
                    notifications.show({ color: 'green', message: t('offboarding.calendarSaved', { count: r.events }) });
                },
              })
            }
          >
            {t('offboarding.exportCalendar')}
          </Button>
        )}
      </Group>
      {calendar.error ? <ErrorAlert error={calendar.error} /> : null}
      {due.data?.length === 0 && <EmptyState>{t('offboarding.noDue')}</EmptyState>}
      {due.data && due.data.length > 0 && (
        <Table>
          <Table.Tbody>
            {due.data.map((d) => (
              <Table.Tr key={`${d.caseId}-${d.kind}`}>
                <Table.Td>{fmt.date(d.date)}</Table.Td>
                <Table.Td>{t(`offboarding.dueKinds.${d.kind}`)}</Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/offboarding/cases/${d.caseId}`}>
                    {d.clientName} · {t(`offboarding.paths.${d.path}.title`)}
                  </Anchor>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}

function StartPath() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const clients = useApiQuery('listClients', {
    search: '',
    status: null,
    includeArchived: false,
  });
  const [clientId, setClientId] = useState<string | null>(null);
  const [path, setPath] = useState<OffboardingPath | null>(null);
  const chosen = (clients.data ?? []).find((c) => String(c.id) === clientId);
  const open = useOffboardingCases({ clientId: chosen ? chosen.id : null, openOnly: true });
  const options = chosen && open.data ? pathOptions(chosen.status, open.data.map((c) => ({ id: c.id, path: c.path }))) : null;
  const offered = options ? options.filter((o) => o.ok).map((o) => o.path) : offboardingPaths;
  return (
    <Paper withBorder p="md">
      <Title order={4} mb="xs">
        {t('offboarding.startPath')}
      </Title>
      <Group align="flex-end">
        <Select
          label={t('offboarding.client')}
          searchable
          data={(clients.data ?? []).map((c) => ({ value: String(c.id), label: c.name }))}
          value={clientId}
          onChange={setClientId}
          w={280}
        />
        <Select
          label={t('offboarding.path')}
          data={offered.map((p) => ({ value: p, label: t(`offboarding.paths.${p}.title`) }))}
          value={path && offered.includes(path) ? path : null}
          onChange={(v) => setPath(v as OffboardingPath | null)}
          w={220}
        />
        <Button disabled={!clientId || !path || !offered.includes(path)} onClick={() => void navigate(`/offboarding/new?client=${clientId}&path=${path}`)}>
          {t('offboarding.start')}
        </Button>
      </Group>
      {options?.some((o) => !o.ok) && (
        <Stack gap={2} mt="xs" data-testid="paths-not-offered">
          {options
            .filter((o) => !o.ok)
            .map((o) => (
              <Text key={o.path} size="xs" c="dimmed">
                {t(`offboarding.paths.${o.path}.title`)}: {!o.ok && t(`offboarding.notOffered.${o.reason}`)}
              </Text>
            ))}
        </Stack>
      )}
    </Paper>
  );
}
