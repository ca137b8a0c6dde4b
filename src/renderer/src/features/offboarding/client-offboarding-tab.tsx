import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Client } from '@shared/contract/clients';
import { pathOptions } from '@shared/domain/offboarding/availability';
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
          {options.map((o) => (
            <Group key={o.path} justify="space-between" wrap="nowrap" data-testid={`path-${o.path}`}>
              <Text size="sm" style={{ flex: 1 }} c={o.ok ? undefined : 'dimmed'}>
                <b>{t(`offboarding.paths.${o.path}.title`)}</b> —{' '}
                {o.ok ? t(`offboarding.paths.${o.path}.help`) : t(`offboarding.notOffered.${o.reason}`)}
              </Text>
              {o.ok ? (
                <Button size="xs" variant="light" component={Link} to={`/offboarding/new?client=${client.id}&path=${o.path}`}>
                  {t(`offboarding.paths.${o.path}.title`)}
                </Button>
              ) : o.reason === 'open_case' && o.caseId ? (
                <Button size="xs" variant="subtle" component={Link} to={`/offboarding/cases/${o.caseId}`}>
                  {t('offboarding.resume')}
                </Button>
              ) : null}
            </Group>
          ))}
        </Stack>
      </Paper>
      <Title order={4}>{t('offboarding.clientCases')}</Title>
      {cases.error ? <ErrorAlert error={cases.error} /> : null}
      {cases.data?.length === 0 ? <EmptyState>{t('offboarding.noClientCases')}</EmptyState> : null}
      {cases.data && cases.data.length > 0 ? <CaseList cases={cases.data} showClient={false} /> : null}
    </Stack>
  );
}
