import { Alert, Anchor, Button, Collapse, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { amendEntrySchema, newEntrySchema, type JournalEntry } from '@shared/contract/journal';
import { entryTemplates } from '@shared/domain/entry-templates';
import { journalKinds, type JournalKind } from '@shared/domain/journal-kinds';
import { ApiError } from '../../lib/api';
import { ErrorAlert } from '../../lib/error-alert';
import { applyServerIssues, contractResolver } from '../../lib/form';
import { NonApologyWarning } from './entry-fields';
import { EntryDetailsFields } from './entry-form-details';
import { initialValues, toAmendInput, toInput, type EntryFormMode, type Values } from './entry-form-values';
import { rememberClient, useAddEntry, useAmendEntry, useClientChoices } from './use-journal';

export type { EntryFormMode };

/**
 * The journal entry form. `compact` (quick entry) shows client, kind and summary only, so an
 * entry is saved in a few keystrokes; "More details…" opens the rest. Templates per kind set
 * channel, severity and signs and put the fields the kind needs first.
 */
export function EntryForm({
  mode,
  compact = false,
  onSaved,
  onCancel,
}: {
  mode: EntryFormMode;
  compact?: boolean;
  onSaved: (e: JournalEntry) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const isAmend = mode.type === 'amend';
  const [showAll, setShowAll] = useState(!compact);
  const clients = useClientChoices();
  const add = useAddEntry();
  const amend = useAmendEntry();
  const mutation = isAmend ? amend : add;
  const form = useForm<Values>({
    defaultValues: initialValues(mode),
    resolver: isAmend
      ? contractResolver(amendEntrySchema, (v: Values) => toAmendInput(v, mode.original.id))
      : contractResolver(newEntrySchema, toInput),
    mode: 'onSubmit',
  });
  const kind = form.watch('kind');
  const err = (name: string) => {
    const e = (form.formState.errors as Record<string, { message?: string } | undefined>)[name];
    return e?.message ? t(e.message) : undefined;
  };
  const submit = form.handleSubmit(async (v) => {
    try {
      const saved = isAmend ? await amend.mutateAsync(toAmendInput(v, mode.original.id)) : await add.mutateAsync(toInput(v));
      rememberClient(saved.clientId);
      onSaved(saved);
    } catch (e) {
      applyServerIssues(e, form.setError);
    }
  });
  const onKind = (k: JournalKind) => {
    form.setValue('kind', k);
    if (isAmend) return;
    const next = entryTemplates[k];
    form.setValue('channel', next.channel);
    form.setValue('severity', next.severity);
    form.setValue('signs', [...next.signs]);
    if (next.asks.includes('quotes') && form.getValues('quotes').length === 0) form.setValue('quotes', ['']);
  };
  const hint = (t(`journal.templateHints.${kind}`, { defaultValue: '' }) as string) || null;
  const showSubmitError = mutation.error && !(mutation.error instanceof ApiError && mutation.error.code === 'VALIDATION');
  const opt = <T extends string>(list: readonly T[], prefix: string) =>
    list.map((x) => ({ value: x, label: t(`${prefix}.${x}`) }));

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="sm">
        {isAmend && <Alert color="blue">{t('journal.amendExplain')}</Alert>}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {!isAmend && (
            <Controller
              control={form.control}
              name="clientId"
              render={({ field }) => (
                <Select
                  label={t('journal.fields.client')}
                  data={clients.map((c) => ({ value: String(c.id), label: c.name }))}
                  value={field.value}
                  onChange={field.onChange}
                  searchable
                  required
                  error={err('clientId')}
                />
              )}
            />
          )}
          <Select
            label={t('journal.fields.kind')}
            data={opt(journalKinds, 'journal.kinds')}
            value={kind}
            onChange={(v) => v && onKind(v as JournalKind)}
            allowDeselect={false}
            searchable
          />
        </SimpleGrid>
        {hint && showAll && (
          <Alert color="yellow" data-testid="template-hint">
            {hint}
          </Alert>
        )}
        <TextInput
          label={t('journal.fields.summary')}
          placeholder={t('journal.fields.summaryPlaceholder')}
          required
          data-autofocus
          error={err('summary')}
          {...form.register('summary')}
        />
        {!showAll && (
          <Anchor component="button" type="button" size="sm" onClick={() => setShowAll(true)}>
            {t('journal.moreDetails')}
          </Anchor>
        )}
        <Collapse expanded={showAll}>{showAll && <EntryDetailsFields form={form} err={err} />}</Collapse>
        {(kind === 'resolution' || kind === 'follow_up') && (
          <NonApologyWarning texts={[form.watch('summary'), form.watch('details'), ...form.watch('quotes')]} />
        )}
        {showSubmitError ? <ErrorAlert error={mutation.error} /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {t('actions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
