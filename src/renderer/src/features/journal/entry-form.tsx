import {
  Alert,
  Anchor,
  Button,
  Collapse,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  amendEntrySchema,
  newEntrySchema,
  type JournalAttachment,
  type JournalEntry,
  type NewEntryInput,
} from '@shared/contract/journal';
import { entryTemplates } from '@shared/domain/entry-templates';
import { complaintCategories, isComplaintKind, type ComplaintCategory } from '@shared/domain/journal-entry';
import { channels, journalKinds, severities, type Channel, type JournalKind, type Severity } from '@shared/domain/journal-kinds';
import { redFlagSigns, type RedFlagSign } from '@shared/domain/red-flags';
import { ApiError } from '../../lib/api';
import { ErrorAlert } from '../../lib/error-alert';
import { applyServerIssues, contractResolver } from '../../lib/form';
import { AttachmentsField, NonApologyWarning, QuotesField } from './entry-fields';
import { rememberClient, useAddEntry, useAmendEntry, useClientChoices, useComplaints } from './use-journal';

interface Values {
  clientId: string | null;
  kind: JournalKind;
  channel: Channel;
  occurredAt: string;
  duration: number | string;
  summary: string;
  details: string;
  quotes: string[];
  people: string[];
  witnesses: string[];
  severity: Severity;
  signs: RedFlagSign[];
  category: ComplaintCategory | null;
  refersToId: string | null;
  attachments: JournalAttachment[];
}

/** `datetime-local` works in local time; the API in UTC ISO. */
function toLocalInput(iso: string): string {
  const d = new Date(iso);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

export type EntryFormMode =
  | { type: 'new'; clientId?: number | null; kind?: JournalKind; refersToId?: number | null }
  | { type: 'amend'; original: JournalEntry };

function initialValues(mode: EntryFormMode): Values {
  if (mode.type === 'amend') {
    const o = mode.original;
    return {
      clientId: String(o.clientId),
      kind: o.kind,
      channel: o.channel,
      occurredAt: toLocalInput(o.occurredAt),
      duration: o.durationMinutes ?? '',
      summary: o.summary,
      details: o.details,
      quotes: o.quotes,
      people: o.people,
      witnesses: o.witnesses,
      severity: o.severity,
      signs: o.signs as RedFlagSign[],
      category: o.category,
      refersToId: null,
      attachments: o.attachments,
    };
  }
  const kind = mode.kind ?? 'call';
  const tpl = entryTemplates[kind];
  return {
    clientId: mode.clientId ? String(mode.clientId) : null,
    kind,
    channel: tpl.channel,
    occurredAt: toLocalInput(new Date().toISOString()),
    duration: '',
    summary: '',
    details: '',
    quotes: tpl.asks.includes('quotes') ? [''] : [],
    people: [],
    witnesses: [],
    severity: tpl.severity,
    signs: [...tpl.signs],
    category: null,
    refersToId: mode.refersToId ? String(mode.refersToId) : null,
    attachments: [],
  };
}

function toInput(v: Values): NewEntryInput {
  const num = (x: number | string) => (typeof x === 'number' ? x : x.trim() === '' ? null : Number(x));
  const when = v.occurredAt ? new Date(v.occurredAt) : null;
  return {
    clientId: v.clientId ? Number(v.clientId) : 0,
    kind: v.kind,
    channel: v.channel,
    occurredAt: when && !Number.isNaN(when.getTime()) ? when.toISOString() : null,
    durationMinutes: num(v.duration),
    summary: v.summary,
    details: v.details,
    quotes: v.quotes.filter((q) => q.trim() !== ''),
    people: v.people,
    witnesses: v.witnesses,
    severity: v.severity,
    signs: v.signs,
    category: isComplaintKind(v.kind) ? v.category : null,
    refersToId: (v.kind === 'resolution' || v.kind === 'follow_up') && v.refersToId ? Number(v.refersToId) : null,
    attachments: v.attachments.map((a) => ({ sha256: a.sha256, originalName: a.originalName })),
  };
}

function toAmendInput(v: Values, amendsId: number) {
  const { clientId: _c, refersToId: _r, ...rest } = toInput(v);
  return { ...rest, amendsId };
}

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
  const clientId = form.watch('clientId');
  const tpl = entryTemplates[kind];
  const needsRef = kind === 'resolution' || kind === 'follow_up';
  const complaints = useComplaints({
    clientId: clientId ? Number(clientId) : null,
    status: kind === 'resolution' ? 'open' : 'all',
  });
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
  const asks = (f: (typeof tpl.asks)[number]) => tpl.asks.includes(f);
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
        <Collapse expanded={showAll}>
          {showAll && (
            <Stack gap="sm">
              {needsRef && (
                <Controller
                  control={form.control}
                  name="refersToId"
                  render={({ field }) => (
                    <Select
                      label={t('journal.fields.refersTo')}
                      data={(complaints.data ?? []).map((c) => ({
                        value: String(c.id),
                        label: `#${c.entry.seq} ${c.entry.summary}`,
                      }))}
                      value={field.value}
                      onChange={field.onChange}
                      clearable
                      error={err('refersToId')}
                    />
                  )}
                />
              )}
              {asks('quotes') && (
                <Controller
                  control={form.control}
                  name="quotes"
                  render={({ field }) => (
                    <QuotesField value={field.value} onChange={field.onChange} errorOf={(i) => err(`quotes.${i}`)} isAsked />
                  )}
                />
              )}
              {asks('witnesses') && (
                <Controller
                  control={form.control}
                  name="witnesses"
                  render={({ field }) => (
                    <TagsInput
                      label={t('journal.fields.witnesses')}
                      description={t('journal.fields.namesHint')}
                      value={field.value}
                      onChange={field.onChange}
                      withAsterisk
                      error={err('witnesses')}
                    />
                  )}
                />
              )}
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <Controller
                  control={form.control}
                  name="channel"
                  render={({ field }) => (
                    <Select
                      label={t('journal.fields.channel')}
                      data={opt(channels, 'journal.channels')}
                      value={field.value}
                      onChange={(v) => v && field.onChange(v)}
                      allowDeselect={false}
                    />
                  )}
                />
                <TextInput
                  type="datetime-local"
                  label={t('journal.fields.occurredAt')}
                  description={t('journal.fields.occurredAtHint')}
                  error={err('occurredAt')}
                  {...form.register('occurredAt')}
                />
                <Controller
                  control={form.control}
                  name="duration"
                  render={({ field }) => (
                    <NumberInput
                      label={t('journal.fields.duration')}
                      value={field.value}
                      onChange={field.onChange}
                      min={0}
                      max={1440}
                      allowDecimal={false}
                      error={err('durationMinutes')}
                    />
                  )}
                />
              </SimpleGrid>
              <Textarea
                label={t('journal.fields.details')}
                placeholder={t('journal.fields.detailsPlaceholder')}
                autosize
                minRows={3}
                error={err('details')}
                {...form.register('details')}
              />
              {!asks('quotes') && (
                <Controller
                  control={form.control}
                  name="quotes"
                  render={({ field }) => (
                    <QuotesField
                      value={field.value}
                      onChange={field.onChange}
                      errorOf={(i) => err(`quotes.${i}`)}
                      isAsked={false}
                    />
                  )}
                />
              )}
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <Controller
                  control={form.control}
                  name="people"
                  render={({ field }) => (
                    <TagsInput
                      label={t('journal.fields.people')}
                      description={t('journal.fields.namesHint')}
                      value={field.value}
                      onChange={field.onChange}
                      error={err('people')}
                    />
                  )}
                />
                {!asks('witnesses') && (
                  <Controller
                    control={form.control}
                    name="witnesses"
                    render={({ field }) => (
                      <TagsInput
                        label={t('journal.fields.witnesses')}
                        description={t('journal.fields.namesHint')}
                        value={field.value}
                        onChange={field.onChange}
                        error={err('witnesses')}
                      />
                    )}
                  />
                )}
                <Controller
                  control={form.control}
                  name="severity"
                  render={({ field }) => (
                    <Select
                      label={t('journal.fields.severity')}
                      data={opt(severities, 'journal.severities')}
                      value={field.value}
                      onChange={(v) => v && field.onChange(v)}
                      allowDeselect={false}
                    />
                  )}
                />
                {isComplaintKind(kind) && (
                  <Controller
                    control={form.control}
                    name="category"
                    render={({ field }) => (
                      <Select
                        label={t('journal.fields.category')}
                        data={opt(complaintCategories, 'journal.categories')}
                        value={field.value}
                        onChange={field.onChange}
                        clearable
                      />
                    )}
                  />
                )}
              </SimpleGrid>
              <Controller
                control={form.control}
                name="signs"
                render={({ field }) => (
                  <MultiSelect
                    label={t('journal.fields.signs')}
                    data={opt(redFlagSigns, 'journal.signs')}
                    value={field.value}
                    onChange={field.onChange}
                    clearable
                  />
                )}
              />
              <Controller
                control={form.control}
                name="attachments"
                render={({ field }) => <AttachmentsField value={field.value} onChange={field.onChange} />}
              />
            </Stack>
          )}
        </Collapse>
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
