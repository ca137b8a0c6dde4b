import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Ledger } from '@shared/contract/money';
import { useFormat } from '../../lib/format';
import type { Dialog } from './money-dialog';

const statusColor = { open: 'blue', overdue: 'red', paid: 'green', void: 'gray' } as const;

/** The client's invoices with their payments; the highlighted one is the record a red flag pointed at. */
export function InvoiceTable({
  ledger: l,
  highlighted,
  open: setDialog,
}: {
  ledger: Ledger;
  highlighted: number;
  open: (d: Dialog) => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const m = (minor: number, cur = l.currency) => fmt.money(minor, cur);
  return (
    <Table striped aria-label={t('money.invoices')}>
      <Table.Thead>
        <Table.Tr>
          {(['number', 'issued', 'due', 'amount', 'paid', 'status', 'daysLate', 'actions'] as const).map((c) => (
            <Table.Th key={c}>{t(`money.columns.${c}`)}</Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {l.invoices.map((inv) => (
          <Table.Tr
            key={inv.id}
            id={`invoice-row-${inv.id}`}
            data-testid={`invoice-${inv.number}`}
            aria-current={inv.id === highlighted ? 'true' : undefined}
            bg={inv.id === highlighted ? 'var(--mantine-color-yellow-1)' : undefined}
            style={inv.voidedAt ? { opacity: 0.6 } : undefined}
          >
            <Table.Td>
              <Text size="sm" td={inv.voidedAt ? 'line-through' : undefined}>
                {inv.number}
              </Text>
              {inv.revisions > 0 && (
                <Text size="xs" c="dimmed">
                  {t('money.corrected', { count: inv.revisions })}
                </Text>
              )}
            </Table.Td>
            <Table.Td>{fmt.date(inv.issuedOn)}</Table.Td>
            <Table.Td>{fmt.date(inv.dueOn)}</Table.Td>
            <Table.Td>
              {m(inv.amountMinor, inv.currency)}
              {inv.listPriceMinor !== null && inv.listPriceMinor > inv.amountMinor && (
                <Text size="xs" c="dimmed">
                  {t('money.discount', { list: m(inv.listPriceMinor, inv.currency) })}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              {m(inv.standing.paidMinor, inv.currency)}
              {inv.payments
                .filter((p) => !p.voidedAt)
                .map((p) => (
                  <Group key={p.id} gap={4} wrap="nowrap">
                    <Text size="xs" c="dimmed">
                      {fmt.date(p.paidOn)} · {m(p.amountMinor, inv.currency)}
                    </Text>
                    {!inv.voidedAt && (
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        color="red"
                        aria-label={t('money.voidPayment', { date: fmt.date(p.paidOn) })}
                        onClick={() => setDialog({ type: 'void', entity: 'payment', id: p.id })}
                      >
                        ×
                      </Button>
                    )}
                  </Group>
                ))}
            </Table.Td>
            <Table.Td>
              <Badge color={statusColor[inv.standing.status]} variant="light">
                {t(`money.status.${inv.standing.status}`)}
              </Badge>
            </Table.Td>
            <Table.Td>
              {inv.standing.daysLate > 0 ? t('money.daysLate', { count: inv.standing.daysLate }) : t('state.noValue')}
            </Table.Td>
            <Table.Td>
              <Group gap={4} wrap="nowrap">
                {!inv.voidedAt && inv.standing.outstandingMinor > 0 && (
                  <Button size="compact-xs" onClick={() => setDialog({ type: 'pay', invoice: inv })}>
                    {t('money.addPayment')}
                  </Button>
                )}
                {!inv.voidedAt && (
                  <Button size="compact-xs" variant="default" onClick={() => setDialog({ type: 'correct', invoice: inv })}>
                    {t('money.correct')}
                  </Button>
                )}
                {!inv.voidedAt && (
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    color="red"
                    onClick={() => setDialog({ type: 'void', entity: 'invoice', id: inv.id })}
                  >
                    {t('money.void')}
                  </Button>
                )}
                <Button
                  size="compact-xs"
                  variant="subtle"
                  onClick={() => setDialog({ type: 'history', entity: 'invoice', id: inv.id })}
                >
                  {t('money.history')}
                </Button>
              </Group>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
