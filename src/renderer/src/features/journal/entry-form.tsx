import { Alert, Anchor, Button, Collapse, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useRef, useState } from 'react';
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

/** The fields the compact form always shows; an error anywhere else is in the details. */
const alwaysShown = new Set(['clientId', 'kind', 'summary']);
/** An incident is recorded as a lawyer needs it: its exact words and witnesses are asked at once. */
const isIncident = (k: JournalKind) => k.startsWith('incident_');

/**
 * The journal entry form. `compact` (quick entry) shows client, kind and summary only, so an
 * entry is saved in a few keystrokes; "More details…" opens the rest — and opens by itself for
 * an incident (exact words, witnesses) and whenever a field in it does not validate, with the
 * field focused and its message shown. Templates per kind set channel, severity and signs and
 * put the fields the kind needs first.
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
  const [showAll, setShowAll] = useState(!compact || (mode.type === 'new' && !!mode.kind && isIncident(mode.kind)));
  const [notSaved, setNotSaved] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
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
  // A save that did not happen always says why: the details open if the problem is in them,
  // and the first field with a message gets the focus.
  const showProblems = (keys: string[]) => {
    if (keys.length === 0) return;
    setNotSaved(true);
    if (keys.some((k) => !alwaysShown.has(k.split('.')[0]!))) setShowAll(true);
    setTimeout(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
  };
  const submit = form.handleSubmit(
    async (v) => {
      setNotSaved(false);
      try {
        const saved = isAmend ? await amend.mutateAsync(toAmendInput(v, mode.original.id)) : await add.mutateAsync(toInput(v));
        rememberClient(saved.clientId);
        onSaved(saved);
      } catch (e) {
        // the form's error state updates on the next render: take the fields from the issues
        if (applyServerIssues(e, form.setError) && e instanceof ApiError) showProblems(e.issues.map((i) => i.path ?? ''));
      }
    },
    (errors) => showProblems(Object.keys(errors)),
  );
  const onKind = (k: JournalKind) => {
    form.setValue('kind', k);
    if (isAmend) return;
    if (isIncident(k)) setShowAll(true);
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
    <form ref={formRef} onSubmit={(e) => void submit(e)} noValidate>
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
        {notSaved && Object.keys(form.formState.errors).length > 0 && (
          <Alert color="red" role="alert" data-testid="not-saved">
            {t('journal.notSavedFix')}
          </Alert>
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
