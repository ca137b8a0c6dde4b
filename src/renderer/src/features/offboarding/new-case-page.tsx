import { Alert, Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { offboardingPaths, type OffboardingPath } from '@shared/domain/offboarding/types';
import { useApiQuery } from '../../lib/api';
import { ErrorAlert } from '../../lib/error-alert';
import { pathOptions } from '@shared/domain/offboarding/availability';
import { useOffboardingCases, useStartCase } from './use-offboarding';

/** The value calculator's recommendation names "collect first" what the wizard calls "collect payment". */
const aliases: Record<string, OffboardingPath> = { collect_first: 'collect_payment' };

/**
 * `/offboarding/new?client=<id>&path=<path>`: the entry point from a client's page and from
 * the value calculator's recommendation. Starting is an explicit step (it may move the status).
 */
export function NewCasePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const clientId = Number(params.get('client'));
  const rawPath = params.get('path');
  const named = rawPath ? (aliases[rawPath] ?? rawPath) : '';
  const path = (offboardingPaths as readonly string[]).includes(named) ? (named as OffboardingPath) : null;
  const valid = Number.isInteger(clientId) && clientId > 0 && path !== null;
  const client = useApiQuery('getClient', { id: clientId }, { enabled: valid });
  const cases = useOffboardingCases({ clientId: valid ? clientId : null, openOnly: true });
  const start = useStartCase();
  if (!valid) return <ErrorAlert error={new Error(`${String(params.get('client'))} / ${String(rawPath)}`)} />;
  if (client.error) return <ErrorAlert error={client.error} />;
  if (!client.data || !cases.data) return null;
  const existing = cases.data.find((c) => c.path === path && c.clientId === clientId);
  const option = pathOptions(
    client.data.status,
    cases.data.map((c) => ({ id: c.id, path: c.path })),
  ).find((o) => o.path === path);
  const notOffered = option && !option.ok ? option.reason : null;
  return (
    <Stack maw={720}>
      <Anchor component={Link} to={`/clients/${clientId}`} size="sm">
        ← {client.data.name}
      </Anchor>
      <Title order={2}>{t(`offboarding.paths.${path}.title`)}</Title>
      <Paper withBorder p="md">
        <Text mb="md">{t(`offboarding.paths.${path}.help`)}</Text>
        {existing ? (
          <Alert color="blue">
            <Group justify="space-between">
              <Text size="sm">{t('offboarding.currentStep', { step: t(`offboarding.steps.${path}.${existing.step}`) })}</Text>
              <Button component={Link} to={`/offboarding/cases/${existing.id}`}>
                {t('offboarding.resume')}
              </Button>
            </Group>
          </Alert>
        ) : notOffered ? (
          <Alert color="yellow" data-testid="path-not-offered">
            {t(`offboarding.notOffered.${notOffered}`)}
          </Alert>
        ) : (
          <Group justify="flex-end">
            <Button
              loading={start.isPending}
              onClick={async () => {
                const c = await start.mutateAsync({ clientId, path });
                void navigate(`/offboarding/cases/${c.id}`, { replace: true });
              }}
            >
              {t('offboarding.start')}
            </Button>
          </Group>
        )}
        {start.error ? <ErrorAlert error={start.error} /> : null}
      </Paper>
    </Stack>
  );
}
