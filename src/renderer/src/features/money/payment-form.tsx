// The payment form: a payment above what is still open asks first (see PaymentForm).
import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { paymentFieldsSchema } from '@shared/contract/money';
import { majorToMinor, minorToMajor } from '@shared/domain/format';
import { ApiError } from '../../lib/api';
import { ErrorAlert } from '../../lib/error-alert';
import { useFormat } from '../../lib/format';
import { Actions, MoneyField, num, showError, useMoneyForm } from './money-forms';

interface PaymentValues {
  paidOn: string;
  amount: number | string;
  note: string;
}

type PaymentInput = { paidOn: string; amountMinor: number; note: string };

/** The open amount and the credit a refused overpayment names (the main process's CONFLICT). */
function overpaymentRefusal(e: unknown): { openMinor: number } | null {
  if (!(e instanceof ApiError) || e.code !== 'CONFLICT' || e.details?.['reason'] !== 'overpayment') return null;
  const open = e.details['openMinor'];
  return typeof open === 'number' ? { openMinor: open } : null;
}

/**
 * A payment; one above what is still open on the invoice is not sent until the owner confirms
 * that the excess is kept as the client's credit (the main process refuses it otherwise, and
 * that refusal — the ledger having changed meanwhile — asks the same question).
 */
export function PaymentForm(props: {
  currency: string;
  today: string;
  outstandingMinor: number;
  pending: boolean;
  error: unknown;
  onCancel: () => void;
  onSubmit: (input: PaymentInput, opts: { confirmOverpayment: boolean }) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [asked, setAsked] = useState<{ input: PaymentInput; openMinor: number } | null>(null);
  const toInput = (v: PaymentValues): PaymentInput => ({
    paidOn: v.paidOn,
    amountMinor: majorToMinor(num(v.amount), props.currency),
    note: v.note,
  });
  const { form, err, onSubmit } = useMoneyForm<PaymentValues>(
    paymentFieldsSchema,
    toInput,
    { paidOn: props.today, amount: minorToMajor(props.outstandingMinor, props.currency), note: '' },
    async (v) => {
      const input = toInput(v);
      if (input.amountMinor > props.outstandingMinor) {
        setAsked({ input, openMinor: props.outstandingMinor });
        return;
      }
      await props.onSubmit(input, { confirmOverpayment: false });
    },
  );
  const refused = overpaymentRefusal(props.error);
  const ask = asked ?? (refused ? { input: toInput(form.getValues()), openMinor: refused.openMinor } : null);
  const m = (minor: number) => fmt.money(minor, props.currency);
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        <Group grow align="flex-start">
          <TextInput label={t('money.fields.paidOn')} type="date" required error={err('paidOn')} {...form.register('paidOn')} />
          <MoneyField
            control={form.control}
            name="amount"
            label={t('money.fields.paymentAmount')}
            currency={props.currency}
            error={err('amountMinor')}
          />
        </Group>
        <TextInput label={t('money.fields.note')} error={err('note')} {...form.register('note')} />
        {ask ? (
          <Alert color="yellow" title={t('money.overpayment.title')} data-testid="overpayment-confirm">
            <Stack gap="sm">
              <Text size="sm">
                {t('money.overpayment.body', {
                  paid: m(ask.input.amountMinor),
                  open: m(ask.openMinor),
                  credit: m(ask.input.amountMinor - ask.openMinor),
                })}
              </Text>
              <Group justify="flex-end">
                <Button variant="default" onClick={() => setAsked(null)}>
                  {t('money.overpayment.change')}
                </Button>
                <Button
                  color="yellow"
                  loading={props.pending}
                  onClick={() => {
                    props.onSubmit(ask.input, { confirmOverpayment: true }).then(
                      () => setAsked(null),
                      () => undefined, // shown by the form's error
                    );
                  }}
                >
                  {t('money.overpayment.confirm', { credit: m(ask.input.amountMinor - ask.openMinor) })}
                </Button>
              </Group>
            </Stack>
          </Alert>
        ) : null}
        {showError(props.error) && !refused ? <ErrorAlert error={props.error} /> : null}
        {ask ? null : <Actions pending={props.pending} onCancel={props.onCancel} />}
      </Stack>
    </form>
  );
}
