import { Button, Group, Modal, Paper, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { Client } from '@shared/contract/clients';
import { EmptyState } from '../../lib/empty-state';
import { ErrorAlert } from '../../lib/error-alert';
import { useFormat } from '../../lib/format';
import { CostForm, InvoiceForm } from './money-forms';
import { PaymentForm } from './payment-form';
import { RevisionHistory } from './revision-history';
import { InvoiceTable } from './invoice-table';
import type { Dialog } from './money-dialog';
import {
  useAddDirectCost,
  useAddPayment,
  useCorrectInvoice,
  useCreateInvoice,
  useLedger,
  useVoidDirectCost,
  useVoidInvoice,
  useVoidPayment,
} from './use-money';

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
  const voidPayment = useVoidPayment();
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
    // only when a confirmed overpayment left the client a credit
    ...(l.totals.creditMinor > 0 ? ([['credit', l.totals.creditMinor]] as const) : []),
  ] as const;

  return (
    <Stack>
      <SimpleGrid cols={{ base: 2, sm: totals.length }} data-testid="money-totals">
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
        <EmptyState
          action={
            <Button variant="light" onClick={() => setDialog({ type: 'newInvoice' })}>
              {t('money.noInvoicesAction')}
            </Button>
          }
        >
          {t('money.noInvoices')}
        </EmptyState>
      ) : (
        <InvoiceTable ledger={l} highlighted={highlighted} open={setDialog} />
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
            onSubmit={async (payment, { confirmOverpayment }) => {
              await pay.mutateAsync({ invoiceId: dialog.invoice.id, payment, confirmOverpayment });
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
              loading={voidInvoice.isPending || voidCost.isPending || voidPayment.isPending}
              onClick={async () => {
                if (dialog?.type !== 'void') return;
                if (dialog.entity === 'invoice') await voidInvoice.mutateAsync({ id: dialog.id, reason });
                else if (dialog.entity === 'payment') await voidPayment.mutateAsync({ id: dialog.id, reason });
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
