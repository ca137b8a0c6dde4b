import { Alert, Button, Checkbox, Group, NumberInput, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { clientInputSchema, type Client, type ClientInput } from '@shared/contract/clients';
import { clientStatuses, paymentTermsKinds, type ClientStatus, type PaymentTermsKind } from '@shared/domain/client-status';
import { majorToMinor, minorToMajor } from '@shared/domain/format';
import { applyServerIssues, contractResolver } from '../../lib/form';
import { ErrorAlert } from '../../lib/error-alert';
import { ApiError, call } from '../../lib/api';
import { MoneyInput } from '../../lib/money-input';

interface ClientFormValues {
  name: string;
  company: string;
  email: string;
  phone: string;
  status: ClientStatus;
  clientSince: string;
  acquisitionChannel: string;
  acquisitionCost: number | string;
  isHighProfile: boolean;
  paymentTermsKind: PaymentTermsKind;
  paymentTermsValue: number | string;
  notes: string;
}

export function clientFormToInput(v: ClientFormValues, currency: string): ClientInput {
  const num = (x: number | string) => (typeof x === 'number' ? x : x.trim() === '' ? 0 : Number(x));
  return {
    name: v.name,
    company: v.company,
    email: v.email,
    phone: v.phone,
    status: v.status,
    clientSince: v.clientSince.trim() === '' ? null : v.clientSince.trim(),
    acquisitionChannel: v.acquisitionChannel,
    acquisitionCostMinor: majorToMinor(num(v.acquisitionCost), currency),
    isHighProfile: v.isHighProfile,
    paymentTermsKind: v.paymentTermsKind,
    paymentTermsValue: num(v.paymentTermsValue),
    notes: v.notes,
  };
}

function toFormValues(c: Client | null, currency: string): ClientFormValues {
  return {
    name: c?.name ?? '',
    company: c?.company ?? '',
    email: c?.email ?? '',
    phone: c?.phone ?? '',
    status: c?.status ?? 'active',
    clientSince: c?.clientSince ?? '',
    acquisitionChannel: c?.acquisitionChannel ?? '',
    acquisitionCost: c ? minorToMajor(c.acquisitionCostMinor, currency) : '',
    isHighProfile: c?.isHighProfile ?? false,
    paymentTermsKind: c?.paymentTermsKind ?? 'days',
    paymentTermsValue: c?.paymentTermsValue ?? 30,
    notes: c?.notes ?? '',
  };
}

/** Create or edit a client. Validation uses the contract's schema; messages are translated inline. */
export function ClientForm({
  client,
  currency,
  onSubmit,
  onCancel,
  submitting,
  submitError,
}: {
  client: Client | null;
  currency: string;
  onSubmit: (input: ClientInput) => Promise<unknown>;
  onCancel: () => void;
  submitting: boolean;
  submitError: unknown;
}) {
  const { t } = useTranslation();
  const toInput = (v: ClientFormValues) => clientFormToInput(v, currency);
  const form = useForm<ClientFormValues>({
    defaultValues: toFormValues(client, currency),
    resolver: contractResolver(clientInputSchema, toInput),
    mode: 'onTouched',
  });
  const err = (name: string) => {
    const e = (form.formState.errors as Record<string, { message?: string } | undefined>)[name];
    return e?.message ? t(e.message) : undefined;
  };
  // A name that looks like another client's (Cyrillic "а", ı/i, case, spacing) is saved only
  // after the owner has seen which clients it looks like: a warning, not a refusal.
  const [lookalikes, setLookalikes] = useState<{ name: string; clients: Client[] } | null>(null);
  const submit = form.handleSubmit(async (v) => {
    try {
      const input = toInput(v);
      const renamed = client === null || client.name !== input.name;
      if (renamed && lookalikes?.name !== input.name) {
        const found = await call('findLookalikeClients', { name: input.name, exceptId: client?.id ?? null });
        if (found.length) {
          setLookalikes({ name: input.name, clients: found });
          return;
        }
      }
      setLookalikes(null);
      await onSubmit(input);
    } catch (e) {
      applyServerIssues(e, form.setError);
    }
  });
  const showSubmitError = submitError && !(submitError instanceof ApiError && submitError.code === 'VALIDATION');

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('clients.fields.name')} required data-autofocus error={err('name')} {...form.register('name')} />
          <TextInput label={t('clients.fields.company')} error={err('company')} {...form.register('company')} />
          <TextInput label={t('clients.fields.email')} type="email" error={err('email')} {...form.register('email')} />
          <TextInput label={t('clients.fields.phone')} type="tel" error={err('phone')} {...form.register('phone')} />
          <Controller
            control={form.control}
            name="status"
            render={({ field }) => (
              <Select
                label={t('clients.fields.status')}
                data={clientStatuses.map((s) => ({ value: s, label: t(`clients.status.${s}`) }))}
                value={field.value}
                onChange={(v) => v && field.onChange(v)}
                allowDeselect={false}
                error={err('status')}
              />
            )}
          />
          <TextInput
            label={t('clients.fields.clientSince')}
            type="date"
            error={err('clientSince')}
            {...form.register('clientSince')}
          />
          <TextInput
            label={t('clients.fields.acquisitionChannel')}
            description={t('clients.fields.acquisitionChannelHint')}
            error={err('acquisitionChannel')}
            {...form.register('acquisitionChannel')}
          />
          <Controller
            control={form.control}
            name="acquisitionCost"
            render={({ field }) => (
              <MoneyInput
                label={t('clients.fields.acquisitionCost')}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                currency={currency}
                error={err('acquisitionCostMinor')}
              />
            )}
          />
          <Controller
            control={form.control}
            name="paymentTermsKind"
            render={({ field }) => (
              <Select
                label={t('clients.fields.paymentTermsKind')}
                data={paymentTermsKinds.map((k) => ({ value: k, label: t(`clients.paymentTerms.${k}`) }))}
                value={field.value}
                onChange={(v) => v && field.onChange(v)}
                allowDeselect={false}
              />
            )}
          />
          <Controller
            control={form.control}
            name="paymentTermsValue"
            render={({ field }) => (
              <NumberInput
                label={t('clients.fields.paymentTermsValue')}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                min={0}
                max={365}
                allowDecimal={false}
                error={err('paymentTermsValue')}
              />
            )}
          />
        </SimpleGrid>
        <Controller
          control={form.control}
          name="isHighProfile"
          render={({ field }) => (
            <Checkbox
              label={t('clients.fields.isHighProfile')}
              checked={field.value}
              onChange={(e) => field.onChange(e.currentTarget.checked)}
            />
          )}
        />
        <Textarea label={t('clients.fields.notes')} autosize minRows={3} error={err('notes')} {...form.register('notes')} />
        {showSubmitError ? <ErrorAlert error={submitError} /> : null}
        {lookalikes ? (
          <Alert color="yellow" role="alert" title={t('clients.lookalike.title')} data-testid="lookalike-warning">
            <Text size="sm">
              {t('clients.lookalike.text', { names: lookalikes.clients.map((c) => `“${c.name}”`).join(', ') })}
            </Text>
            <Group mt="xs">
              <Button size="xs" color="yellow" variant="light" type="submit" loading={submitting}>
                {t('clients.lookalike.saveAnyway')}
              </Button>
            </Group>
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" loading={submitting}>
            {t('actions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
