import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Client } from '@shared/contract/clients';
import { pathOptions } from '@shared/domain/offboarding/availability';
import { useApiMutation } from '../../lib/api';
import { EmptyState } from '../../lib/empty-state';
import { ErrorAlert } from '../../lib/error-alert';
import { CaseList } from './case-list';
import { useOffboardingCases } from './use-offboarding';

/** The client's page, "Offboarding" tab: every case over time, and a path to start. */
export function ClientOffboardingTab({ client }: { client: Client }) {
  const { t } = useTranslation();
  const cases = useOffboardingCases({ clientId: client.id, openOnly: false });
  const open = (cases.data ?? []).filter((c) => c.status === 'open').map((c) => ({ id: c.id, path: c.path }));
  // offered only once the client's cases are known: never a path that an open case rules out
  const options = cases.data ? pathOptions(client.status, open) : [];
  return (
    <Stack>
      <Paper withBorder p="md">
        <Title order={4} mb="xs">
          {t('offboarding.startPath')}
        </Title>
        <Stack gap="xs">
          {options.map((o) => {
            // the open case's own path: marked open; it is resumed from the case list below
            const isOpen = !o.ok && o.reason === 'open_case' && open.some((c) => c.id === o.caseId && c.path === o.path);
            return (
              <Group key={o.path} justify="space-between" wrap="nowrap" data-testid={`path-${o.path}`}>
                <Text size="sm" style={{ flex: 1 }} c={o.ok || isOpen ? undefined : 'dimmed'}>
                  <b>{t(`offboarding.paths.${o.path}.title`)}</b> —{' '}
                  {o.ok
                    ? t(`offboarding.paths.${o.path}.help`)
                    : isOpen
                      ? t('offboarding.isOpen')
                      : t(`offboarding.notOffered.${o.reason}`)}
                </Text>
                {o.ok ? (
                  <Button size="xs" variant="light" component={Link} to={`/offboarding/new?client=${client.id}&path=${o.path}`}>
                    {t(`offboarding.paths.${o.path}.title`)}
                  </Button>
                ) : null}
              </Group>
            );
          })}
        </Stack>
      </Paper>
      <StatementButton clientId={client.id} />
      <Title order={4}>{t('offboarding.clientCases')}</Title>
      {cases.error ? <ErrorAlert error={cases.error} /> : null}
      {cases.data?.length === 0 ? <EmptyState>{t('offboarding.noClientCases')}</EmptyState> : null}
      {cases.data && cases.data.length > 0 ? <CaseList cases={cases.data} showClient={false} /> : null}
    </Stack>
  );
}

/** The statement of account (invoices, payments, balance, ageing) to send with a reminder. */
function StatementButton({ clientId }: { clientId: number }) {
  const { t } = useTranslation();
  const statement = useApiMutation('exportClientStatement');
  return (
    <Group justify="flex-end">
      {statement.error ? <ErrorAlert error={statement.error} /> : null}
      <Button
        variant="default"
        loading={statement.isPending}
        onClick={() =>
          statement.mutate(
            { clientId },
            {
              onSuccess: (r) => {
                if (r.status === 'saved')
                  notifications.show({ color: 'green', message: t('offboarding.statement.saved', { path: r.path }) });
              },
            },
          )
        }
      >
        {t('offboarding.statement.button')}
      </Button>
    </Group>
  );
}
