import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Client } from '@shared/contract/clients';
import { offboardingPaths } from '@shared/domain/offboarding/types';
import { EmptyState } from '../../lib/empty-state';
import { ErrorAlert } from '../../lib/error-alert';
import { CaseList } from './case-list';
import { useOffboardingCases } from './use-offboarding';

/** The client's page, "Offboarding" tab: every case over time, and a path to start. */
export function ClientOffboardingTab({ client }: { client: Client }) {
  const { t } = useTranslation();
  const cases = useOffboardingCases({ clientId: client.id, openOnly: false });
  return (
    <Stack>
      <Paper withBorder p="md">
        <Title order={4} mb="xs">
          {t('offboarding.startPath')}
        </Title>
        <Stack gap="xs">
          {offboardingPaths.map((p) => (
            <Group key={p} justify="space-between" wrap="nowrap">
              <Text size="sm" style={{ flex: 1 }}>
                <b>{t(`offboarding.paths.${p}.title`)}</b> — {t(`offboarding.paths.${p}.help`)}
              </Text>
              <Button size="xs" variant="light" component={Link} to={`/offboarding/new?client=${client.id}&path=${p}`}>
                {t(`offboarding.paths.${p}.title`)}
              </Button>
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
