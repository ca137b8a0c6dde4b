import { Badge, Button, Group, Modal, Paper, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { Client } from '@shared/contract/clients';
import type { Invoice, MoneyEntity } from '@shared/contract/money';
import { EmptyState } from '../../lib/empty-state';
import { ErrorAlert } from '../../lib/error-alert';
import { useFormat } from '../../lib/format';
import { CostForm, InvoiceForm, PaymentForm } from './money-forms';
import { RevisionHistory } from './revision-history';
import {
  useAddDirectCost,
  useAddPayment,
  useCorrectInvoice,
  useCreateInvoice,
  useLedger,
  useVoidDirectCost,
  useVoidInvoice,
} from './use-money';

type Dialog =
  | { type: 'newInvoice' }
  | { type: 'correct'; invoice: Invoice }
  | { type: 'pay'; invoice: Invoice }
  | { type: 'void'; entity: 'invoice' | 'direct_cost'; id: number }
  | { type: 'history'; entity: MoneyEntity; id: number }
  | { type: 'newCost' };

const statusColor = { open: 'blue', overdue: 'red', paid: 'green', void: 'gray' } as const;

/** The client's money: invoices with their payments, direct costs, totals. Corrections keep history. */
export function MoneyTab({ client }: { client: Client }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const ledger = useLedger(client.id);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  // A link to one invoice (from a red flag's evidence) highlights it and scrolls it into view.
  const highlighted = Number(useSearchParams()[0].get('invoice') ?? 0);
  const hasLedger = ledger.data !== undefined;
  useEffect(() => {
    if (highlighted && hasLedger) document.getElementById(`invoice-row-${highlighted}`)?.scrollIntoView?.({ block: 'center' });
  }, [highlighted, hasLedger]);
  const [reason, setReason] = useState('');
  const create = useCreateInvoice();
  const correct = useCorrectInvoice();
  const pay = useAddPayment();
  const voidInvoice = useVoidInvoice();
  const addCost = useAddDirectCost();
  const voidCost = useVoidDirectCost();
  const close = () => {
    setDialog(null);
    setReason('');
  };

  if (ledger.error) return <ErrorAlert error={ledger.error} onRetry={() => void ledger.refetch()} />;
  if (!ledger.data) return null;
  const l = ledger.data;
  const m = (minor: number, cur = l.currency) => fmt.money(minor, cur);
  const totals = [
    ['invoiced', l.totals.invoicedMinor],
    ['paid', l.totals.paidMinor],
    ['outstanding', l.totals.outstandingMinor],
    ['overdue', l.totals.overdueMinor],
    ['discount', l.totals.discountMinor],
    ['directCosts', l.totals.directCostsMinor],
  ] as const;

  return (
    <Stack>
      <SimpleGrid cols={{ base: 2, sm: 6 }} data-testid="money-totals">
        {totals.map(([k, v]) => (
          <Paper key={k} withBorder p="sm">
            <Text size="xs" c="dimmed">
              {t(`money.totals.${k}`)}
            </Text>
            <Text fw={700}>{m(v)}</Text>
          </Paper>
        ))}
      </SimpleGrid>
      {l.otherCurrencyInvoices > 0 && (
        <Text size="sm" c="dimmed">
          {t('money.otherCurrency', { count: l.otherCurrencyInvoices })}
        </Text>
      )}
      <Group justify="space-between">
        <Title order={4}>{t('money.invoices')}</Title>
        <Button onClick={() => setDialog({ type: 'newInvoice' })}>{t('money.newInvoice')}</Button>
      </Group>
      {l.invoices.length === 0 ? (
        <EmptyState>{t('money.noInvoices')}</EmptyState>
      ) : (
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
                      <Text key={p.id} size="xs" c="dimmed">
                        {fmt.date(p.paidOn)} · {m(p.amountMinor, inv.currency)}
                      </Text>
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
      )}

      <Group justify="space-between">
        <Title order={4}>{t('money.directCosts')}</Title>
        <Button variant="light" onClick={() => setDialog({ type: 'newCost' })}>
          {t('money.newCost')}
        </Button>
      </Group>
      {l.directCosts.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('money.noCosts')}
        </Text>
      ) : (
        <Table striped aria-label={t('money.directCosts')}>
          <Table.Tbody>
            {l.directCosts.map((c) => (
              <Table.Tr key={c.id} style={c.voidedAt ? { opacity: 0.6 } : undefined}>
                <Table.Td>{fmt.date(c.incurredOn)}</Table.Td>
                <Table.Td td={c.voidedAt ? 'line-through' : undefined}>{c.description}</Table.Td>
                <Table.Td>{m(c.amountMinor, c.currency)}</Table.Td>
                <Table.Td>
                  {!c.voidedAt && (
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      color="red"
                      onClick={() => setDialog({ type: 'void', entity: 'direct_cost', id: c.id })}
                    >
                      {t('money.void')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}

      <Modal
        opened={dialog?.type === 'newInvoice' || dialog?.type === 'correct'}
        onClose={close}
        title={t(dialog?.type === 'correct' ? 'money.correct' : 'money.newInvoice')}
        size="lg"
      >
        {(dialog?.type === 'newInvoice' || dialog?.type === 'correct') && (
          <InvoiceForm
            invoice={dialog.type === 'correct' ? dialog.invoice : null}
            suggestedNumber={l.suggestedNumber}
            today={l.today}
            currency={l.currency}
            isCorrection={dialog.type === 'correct'}
            pending={create.isPending || correct.isPending}
            error={dialog.type === 'correct' ? correct.error : create.error}
            onCancel={close}
            onSubmit={async ({ invoice, reason: why }) => {
              if (dialog.type === 'correct') await correct.mutateAsync({ id: dialog.invoice.id, invoice, reason: why });
              else await create.mutateAsync({ clientId: client.id, invoice });
              notifications.show({ message: t('money.savedInvoice'), color: 'green' });
              close();
            }}
          />
        )}
      </Modal>
      <Modal opened={dialog?.type === 'pay'} onClose={close} title={t('money.addPayment')}>
        {dialog?.type === 'pay' && (
          <PaymentForm
            currency={dialog.invoice.currency}
            today={l.today}
            outstandingMinor={dialog.invoice.standing.outstandingMinor}
            pending={pay.isPending}
            error={pay.error}
            onCancel={close}
            onSubmit={async (payment) => {
              await pay.mutateAsync({ invoiceId: dialog.invoice.id, payment });
              notifications.show({ message: t('money.savedPayment'), color: 'green' });
              close();
            }}
          />
        )}
      </Modal>
      <Modal opened={dialog?.type === 'newCost'} onClose={close} title={t('money.newCost')}>
        <CostForm
          currency={l.currency}
          today={l.today}
          pending={addCost.isPending}
          error={addCost.error}
          onCancel={close}
          onSubmit={async (cost) => {
            await addCost.mutateAsync({ clientId: client.id, cost });
            notifications.show({ message: t('money.savedCost'), color: 'green' });
            close();
          }}
        />
      </Modal>
      <Modal opened={dialog?.type === 'void'} onClose={close} title={t('money.voidTitle')}>
        <Stack>
          <Text>{t('money.voidConfirm')}</Text>
          <TextInput label={t('money.fields.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('actions.cancel')}
            </Button>
            <Button
              color="red"
              loading={voidInvoice.isPending || voidCost.isPending}
              onClick={async () => {
                if (dialog?.type !== 'void') return;
                if (dialog.entity === 'invoice') await voidInvoice.mutateAsync({ id: dialog.id, reason });
                else await voidCost.mutateAsync({ id: dialog.id, reason });
                notifications.show({ message: t('money.voided'), color: 'green' });
                close();
              }}
            >
              {t('money.void')}
            </Button>
          </Group>
        </Stack>
      </Modal>
      <Modal opened={dialog?.type === 'history'} onClose={close} title={t('money.historyTitle')} size="lg">
        {dialog?.type === 'history' && <RevisionHistory entity={dialog.entity} id={dialog.id} currency={l.currency} />}
      </Modal>
    </Stack>
  );
}
