import { Code, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MoneyEntity } from '@shared/contract/money';
import { ErrorAlert } from '../../lib/error-alert';
import { useFormat } from '../../lib/format';
import { useRevisions } from './use-money';

const shown = ['number', 'issuedOn', 'dueOn', 'amountMinor', 'listPriceMinor', 'paidOn', 'incurredOn', 'description', 'voidedAt'];

/** Every correction of a money record: when, why, and which fields changed from what to what. */
export function RevisionHistory({ entity, id }: { entity: MoneyEntity; id: number; currency: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const revisions = useRevisions(entity, id);
  if (revisions.error) return <ErrorAlert error={revisions.error} />;
  if (!revisions.data) return null;
  if (revisions.data.length === 0) return <Text c="dimmed">{t('money.historyEmpty')}</Text>;
  return (
    <Stack>
      {revisions.data.map((r) => {
        const changed = shown.filter((k) => JSON.stringify(r.before?.[k]) !== JSON.stringify(r.after?.[k]));
        return (
          <div key={r.id}>
            <Text fw={600} size="sm">
              {fmt.dateTime(r.changedAt)} {r.reason ? `— ${r.reason}` : ''}
            </Text>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th />
                  <Table.Th>{t('money.before')}</Table.Th>
                  <Table.Th>{t('money.after')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {changed.map((k) => (
                  <Table.Tr key={k}>
                    <Table.Td>
                      <Code>{k}</Code>
                    </Table.Td>
                    <Table.Td>{String(r.before?.[k] ?? t('state.noValue'))}</Table.Td>
                    <Table.Td>{String(r.after?.[k] ?? t('state.noValue'))}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
        );
      })}
    </Stack>
  );
}
