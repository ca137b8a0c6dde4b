import { Alert, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../lib/empty-state';
import { ErrorAlert } from '../../lib/error-alert';
import { useFormat } from '../../lib/format';
import { DifficultMet, PeopleTable, PersonName } from './people-table';
import { usePeopleCounts } from './use-people';

/** For the owner: who wrote what, who met the difficult clients and how often, who faced abuse. */
export function TeamPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const q = usePeopleCounts();
  if (q.error) return <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />;
  const v = q.data;
  if (!v) return null;
  return (
    <Stack data-testid="team-page">
      <div>
        <Title order={2}>{t('people.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('people.help')}
        </Text>
      </div>
      {v.accessLogPending > 0 && (
        <Alert color="yellow" data-testid="access-log-pending">
          {t('people.accessLogPending', { count: v.accessLogPending, n: fmt.number(v.accessLogPending) })}
        </Alert>
      )}
      {v.people.length === 0 ? (
        <EmptyState title={t('people.title')}>{t('people.empty')}</EmptyState>
      ) : (
        <>
          <Paper withBorder p="md">
            <PeopleTable people={v.people} />
            <Text size="xs" c="dimmed" mt="xs">
              {t('people.difficultyHelp')}
            </Text>
          </Paper>
          {v.people
            .filter((p) => p.meetings > 0)
            .map((p) => (
              <Paper key={p.author} withBorder p="md" data-testid={`met-${p.author}`}>
                <Title order={4} mb="xs">
                  {t('people.metTitle', { name: p.author === '' ? t('people.notRecorded') : p.name })}
                </Title>
                <Stack gap="xs">
                  <PersonName p={p} />
                  <DifficultMet p={p} />
                </Stack>
              </Paper>
            ))}
        </>
      )}
      {v.isTeam && (
        <Text size="xs" c="dimmed">
          {t('people.accessLogHelp')}
        </Text>
      )}
    </Stack>
  );
}
