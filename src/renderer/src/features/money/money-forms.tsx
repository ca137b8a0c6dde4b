import { Button, Group, Stack, TextInput, Textarea } from '@mantine/core';
import { Controller, useForm, type Control, type DefaultValues, type FieldValues, type Path } from 'react-hook-form';
import type { z } from 'zod';
import { useTranslation } from 'react-i18next';
import { directCostFieldsSchema, invoiceFieldsSchema, type Invoice } from '@shared/contract/money';
import { majorToMinor, minorToMajor } from '@shared/domain/format';
import { applyServerIssues, contractResolver } from '../../lib/form';
import { ErrorAlert } from '../../lib/error-alert';
import { ApiError } from '../../lib/api';
import { MoneyInput } from '../../lib/money-input';

export const num = (x: number | string) => (typeof x === 'number' ? x : x.trim() === '' ? Number.NaN : Number(x));

export function MoneyField<T extends FieldValues>(props: {
  control: Control<T>;
  name: Path<T>;
  label: string;
  currency: string;
  error: string | undefined;
  description?: string;
}) {
  return (
    <Controller
      control={props.control}
      name={props.name}
      render={({ field }) => (
        <MoneyInput
          label={props.label}
          description={props.description}
          value={field.value as number | string}
          onChange={field.onChange}
          onBlur={field.onBlur}
          currency={props.currency}
          error={props.error}
        />
      )}
    />
  );
}

export function Actions({ pending, onCancel }: { pending: boolean; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        {t('actions.cancel')}
      </Button>
      <Button type="submit" loading={pending}>
        {t('actions.save')}
      </Button>
    </Group>
  );
}

/**
 * A money form validated by the contract's schema: `err(field)` gives the translated message
 * (contract paths such as `amountMinor`), `onSubmit` puts the main process's issues on fields.
 */
export function useMoneyForm<V extends FieldValues>(
  schema: z.ZodType,
  toInput: (v: V) => unknown,
  defaultValues: DefaultValues<V>,
  submit: (v: V) => Promise<unknown>,
) {
  const { t } = useTranslation();
  const form = useForm<V>({ defaultValues, resolver: contractResolver(schema, toInput), mode: 'onTouched' });
  const err = (name: string) => {
    const e = (form.formState.errors as Record<string, { message?: string }>)[name];
    return e?.message ? t(e.message) : undefined;
  };
  const onSubmit = form.handleSubmit(async (v) => {
    try {
      await submit(v);
    } catch (e) {
      applyServerIssues(e, form.setError);
    }
  });
  return { form, err, onSubmit };
}

export const showError = (e: unknown) => e && !(e instanceof ApiError && e.code === 'VALIDATION' && e.issues.length > 0);

interface InvoiceValues {
  number: string;
  issuedOn: string;
  dueOn: string;
  amount: number | string;
  listPrice: number | string;
  description: string;
  reason: string;
}

export function InvoiceForm(props: {
  invoice: Invoice | null;
  suggestedNumber: string;
  today: string;
  currency: string;
  isCorrection: boolean;
  pending: boolean;
  error: unknown;
  onCancel: () => void;
  onSubmit: (input: { invoice: ReturnType<typeof toInvoiceInput>; reason: string }) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const cur = props.invoice?.currency ?? props.currency;
  const toInput = (v: InvoiceValues) => toInvoiceInput(v, cur);
  const { form, err, onSubmit } = useMoneyForm<InvoiceValues>(
    invoiceFieldsSchema,
    toInput,
    {
      number: props.invoice?.number ?? props.suggestedNumber,
      issuedOn: props.invoice?.issuedOn ?? props.today,
      dueOn: props.invoice?.dueOn ?? '',
      amount: props.invoice ? minorToMajor(props.invoice.amountMinor, cur) : '',
      listPrice: props.invoice?.listPriceMinor ? minorToMajor(props.invoice.listPriceMinor, cur) : '',
      description: props.invoice?.description ?? '',
      reason: '',
    },
    (v) => props.onSubmit({ invoice: toInput(v), reason: v.reason }),
  );
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        <Group grow align="flex-start">
          <TextInput label={t('money.fields.number')} required error={err('number')} {...form.register('number')} />
          <TextInput
            label={t('money.fields.issuedOn')}
            type="date"
            required
            error={err('issuedOn')}
            {...form.register('issuedOn')}
          />
          <TextInput
            label={t('money.fields.dueOn')}
            type="date"
            description={t('money.fields.dueOnHint')}
            error={err('dueOn')}
            {...form.register('dueOn')}
          />
        </Group>
        <Group grow align="flex-start">
          <MoneyField
            control={form.control}
            name="amount"
            label={t('money.fields.amount')}
            currency={cur}
            error={err('amountMinor')}
          />
          <MoneyField
            control={form.control}
            name="listPrice"
            label={t('money.fields.listPrice')}
            description={t('money.fields.listPriceHint')}
            currency={cur}
            error={err('listPriceMinor')}
          />
        </Group>
        <Textarea
          label={t('money.fields.description')}
          minRows={2}
          error={err('description')}
          {...form.register('description')}
        />
        {props.isCorrection && (
          <TextInput label={t('money.fields.reason')} description={t('money.correctionNote')} {...form.register('reason')} />
        )}
        {showError(props.error) ? <ErrorAlert error={props.error} /> : null}
        <Actions pending={props.pending} onCancel={props.onCancel} />
      </Stack>
    </form>
  );
}

export function toInvoiceInput(v: InvoiceValues, currency: string) {
  const list = num(v.listPrice);
  return {
    number: v.number,
    issuedOn: v.issuedOn,
    dueOn: v.dueOn.trim() === '' ? null : v.dueOn,
    amountMinor: majorToMinor(num(v.amount), currency),
    listPriceMinor: Number.isNaN(list) ? null : majorToMinor(list, currency),
    currency,
    description: v.description,
  };
}

interface CostValues {
  incurredOn: string;
  amount: number | string;
  description: string;
}

export function CostForm(props: {
  currency: string;
  today: string;
  pending: boolean;
  error: unknown;
  onCancel: () => void;
  onSubmit: (input: { incurredOn: string; amountMinor: number; description: string; currency: string }) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const toInput = (v: CostValues) => ({
    incurredOn: v.incurredOn,
    amountMinor: majorToMinor(num(v.amount), props.currency),
    description: v.description,
    currency: props.currency,
  });
  const { form, err, onSubmit } = useMoneyForm<CostValues>(
    directCostFieldsSchema,
    toInput,
    { incurredOn: props.today, amount: '', description: '' },
    (v) => props.onSubmit(toInput(v)),
  );
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        <Group grow align="flex-start">
          <TextInput
            label={t('money.fields.incurredOn')}
            type="date"
            required
            error={err('incurredOn')}
            {...form.register('incurredOn')}
          />
          <MoneyField
            control={form.control}
            name="amount"
            label={t('money.fields.costAmount')}
            currency={props.currency}
            error={err('amountMinor')}
          />
        </Group>
        <TextInput
          label={t('money.fields.costDescription')}
          required
          error={err('description')}
          {...form.register('description')}
        />
        {showError(props.error) ? <ErrorAlert error={props.error} /> : null}
        <Actions pending={props.pending} onCancel={props.onCancel} />
      </Stack>
    </form>
  );
}
