import { Anchor, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../lib/error-alert';
import { PeopleTable } from './people-table';
import { usePeopleCounts } from './use-people';

/** The dashboard's team panel: shown when the file is a team's, or more than one person wrote in its journal. */
export function PeoplePanel() {
  const { t } = useTranslation();
  const q = usePeopleCounts();
  if (q.error) return <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />;
  const v = q.data;
  if (!v || (!v.isTeam && v.authors < 2)) return null;
  return (
    <Paper withBorder p="md" data-testid="people-panel">
      <Title order={4}>{t('people.title')}</Title>
      <Text size="xs" c="dimmed" mb="xs">
        {t('people.panelHelp')}
      </Text>
      {v.people.length === 0 ? <Text c="dimmed">{t('people.empty')}</Text> : <PeopleTable people={v.people} compact />}
      <Anchor component={Link} to="/team" size="sm" mt="xs" display="inline-block">
        {t('people.open')}
      </Anchor>
    </Paper>
  );
}
