import { Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { TeamConflict } from '@shared/contract/team';
import { EmptyState } from '../../lib/empty-state';
import { ErrorAlert } from '../../lib/error-alert';
import { useFormat } from '../../lib/format';
import { TeamError } from './team-error';
import { useResolveConflict, useTeamConflicts } from './use-team';

const kinds = new Set(['client', 'invoice', 'payment', 'setting', 'case']);
const shown = (v: unknown) => (v === null || v === undefined ? '—' : typeof v === 'object' ? JSON.stringify(v) : String(v));

/** Settings → Team → Conflicts: each record changed here and on the server, mine beside theirs. */
export function ConflictsPage() {
  const { t } = useTranslation();
  const conflicts = useTeamConflicts();
  return (
    <Stack data-testid="team-conflicts">
      <Group justify="space-between">
        <Title order={2}>{t('team.conflicts.title')}</Title>
        <Button component={Link} to="/settings/team" variant="subtle">
          {t('team.conflicts.back')}
        </Button>
      </Group>
      <Text>{t('team.conflicts.intro')}</Text>
      {conflicts.error ? <ErrorAlert error={conflicts.error} onRetry={() => void conflicts.refetch()} /> : null}
      {conflicts.data?.length === 0 && <EmptyState>{t('team.conflicts.none')}</EmptyState>}
      {conflicts.data?.map((c) => (
        <ConflictCard key={c.id} conflict={c} />
      ))}
    </Stack>
  );
}

function ConflictCard({ conflict: c }: { conflict: TeamConflict }) {
  const { t } = useTranslation();
  const f = useFormat();
  const resolve = useResolveConflict();
  const kind = kinds.has(c.entity) ? c.entity : 'other';
  const headingId = `conflict-${c.id}`;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId} data-testid="team-conflict">
      <Title order={4} id={headingId}>
        {t(`team.conflicts.kinds.${kind}`)}: {c.label}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('team.conflicts.changedBy', {
          who: c.theirAuthorName ?? (c.theirAuthor || t('team.conflicts.someone')),
          when: f.dateTime(c.detectedAt),
        })}
      </Text>
      <Table withTableBorder mb="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('team.conflicts.field')}</Table.Th>
            <Table.Th>{t('team.conflicts.mine')}</Table.Th>
            <Table.Th>{t('team.conflicts.theirs')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {c.fields.map((x) => (
            <Table.Tr key={x.field}>
              <Table.Td>{x.field}</Table.Td>
              <Table.Td>{shown(x.mine)}</Table.Td>
              <Table.Td>{shown(x.theirs)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {resolve.error ? <TeamError error={resolve.error} /> : null}
      <Group>
        <Button
          loading={resolve.isPending && resolve.variables.keep === 'mine'}
          onClick={() => resolve.mutate({ id: c.id, keep: 'mine' })}
        >
          {t('team.conflicts.keepMine')}
        </Button>
        <Button
          variant="light"
          loading={resolve.isPending && resolve.variables.keep === 'theirs'}
          onClick={() => resolve.mutate({ id: c.id, keep: 'theirs' })}
        >
          {t('team.conflicts.keepTheirs')}
        </Button>
      </Group>
    </Paper>
  );
}
