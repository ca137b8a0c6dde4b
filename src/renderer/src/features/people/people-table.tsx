import { Anchor, Badge, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { PersonCounts } from '@shared/contract/people';
import { useFormat } from '../../lib/format';

/** A person as the owner reads them: their name, and their role in a team. */
export function PersonName({ p }: { p: PersonCounts }) {
  const { t } = useTranslation();
  if (p.author === '')
    return (
      <Text size="sm" c="dimmed" title={t('people.notRecordedHelp')}>
        {t('people.notRecorded')}
      </Text>
    );
  return (
    <Group gap={6} wrap="nowrap">
      <Text size="sm" fw={600}>
        {p.name}
      </Text>
      {p.role && (
        <Badge size="xs" variant="light" color={p.role === 'owner' ? 'blue' : 'gray'}>
          {t(`people.roles.${p.role}`)}
        </Badge>
      )}
    </Group>
  );
}

/** One row per person: entries, calls and meetings, difficult clients met, abuse and threats faced. */
export function PeopleTable({ people, compact = false }: { people: PersonCounts[]; compact?: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Table striped aria-label={t('people.title')} data-testid="people-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('people.columns.person')}</Table.Th>
          <Table.Th ta="right">{t('people.columns.entries')}</Table.Th>
          {!compact && <Table.Th ta="right">{t('people.columns.meetings')}</Table.Th>}
          {!compact && <Table.Th ta="right">{t('people.columns.clientsMet')}</Table.Th>}
          <Table.Th ta="right">{t('people.columns.difficult')}</Table.Th>
          <Table.Th ta="right">{t('people.columns.abuse')}</Table.Th>
          <Table.Th ta="right">{t('people.columns.threats')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {people.map((p) => (
          <Table.Tr key={p.author} data-testid={`person-${p.author}`}>
            <Table.Td>
              <PersonName p={p} />
            </Table.Td>
            <Table.Td ta="right">{fmt.number(p.entries)}</Table.Td>
            {!compact && <Table.Td ta="right">{fmt.number(p.meetings)}</Table.Td>}
            {!compact && <Table.Td ta="right">{fmt.number(p.clientsMet.length)}</Table.Td>}
            <Table.Td ta="right">
              {t('people.difficultTimes', {
                clients: fmt.number(p.difficultClientsMet),
                count: p.difficultMeetings,
                n: fmt.number(p.difficultMeetings),
              })}
            </Table.Td>
            <Table.Td ta="right" c={p.abuse > 0 ? 'red' : undefined}>
              {fmt.number(p.abuse)}
            </Table.Td>
            <Table.Td ta="right" c={p.threats > 0 ? 'red' : undefined}>
              {fmt.number(p.threats)}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The difficult clients one person met, most often first, each with why it is difficult. */
export function DifficultMet({ p }: { p: PersonCounts }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const met = p.clientsMet.filter((m) => m.difficulty.length > 0);
  if (met.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('people.metNone')}
      </Text>
    );
  return (
    <Stack gap={4}>
      {met.map((m) => (
        <Group key={m.clientId} gap="xs" data-testid="difficult-met">
          <Anchor component={Link} to={`/clients/${m.clientId}`} size="sm">
            {m.clientName}
          </Anchor>
          <Text size="sm">{t('people.times', { count: m.times, n: fmt.number(m.times) })}</Text>
          {m.difficulty.map((d) => (
            <Badge key={d} size="xs" variant="light" color="red">
              {t(`people.difficulty.${d}`)}
            </Badge>
          ))}
        </Group>
      ))}
    </Stack>
  );
}
