import {
  Checkbox,
  MultiSelect,
  NumberInput,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Textarea,
  TextInput,
} from '@mantine/core';
import { Controller, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { entryTemplates } from '@shared/domain/entry-templates';
import { complaintCategories, hasAudio, isComplaintKind, recordingConsents } from '@shared/domain/journal-entry';
import { channels, severities } from '@shared/domain/journal-kinds';
import { redFlagSigns } from '@shared/domain/red-flags';
import { achievementMark, markableKinds } from '@shared/domain/offboarding/achievements';
import { AttachmentsField, QuotesField } from './entry-fields';
import type { Values } from './entry-form-values';
import { useComplaints } from './use-journal';

/** Everything beyond client, kind and summary; the kind's template puts what it asks for first. */
export function EntryDetailsFields({ form, err }: { form: UseFormReturn<Values>; err: (name: string) => string | undefined }) {
  const { t } = useTranslation();
  const kind = form.watch('kind');
  const clientId = form.watch('clientId');
  const tpl = entryTemplates[kind];
  const needsRef = kind === 'resolution' || kind === 'follow_up';
  const complaints = useComplaints({
    clientId: clientId ? Number(clientId) : null,
    status: kind === 'resolution' ? 'open' : 'all',
  });
  const asks = (f: (typeof tpl.asks)[number]) => tpl.asks.includes(f);
  const opt = <T extends string>(list: readonly T[], prefix: string) =>
    list.map((x) => ({ value: x, label: t(`${prefix}.${x}`) }));
  return (
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
      {asks('witnesses') && <WitnessesField form={form} err={err} isAsked />}
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
            <QuotesField value={field.value} onChange={field.onChange} errorOf={(i) => err(`quotes.${i}`)} isAsked={false} />
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
        {!asks('witnesses') && <WitnessesField form={form} err={err} isAsked={false} />}
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
        render={({ field }) => {
          // the achievement mark rides with the signs (it is no red flag): its own checkbox
          const marked = field.value.includes(achievementMark);
          const flags = field.value.filter((s) => s !== achievementMark);
          return (
            <>
              <MultiSelect
                label={t('journal.fields.signs')}
                data={opt(redFlagSigns, 'journal.signs')}
                value={flags}
                onChange={(v) => field.onChange([...(v as typeof flags), ...(marked ? [achievementMark] : [])])}
                clearable
              />
              {markableKinds.includes(kind) && (
                <Checkbox
                  label={t('journal.fields.achievement')}
                  description={t('journal.fields.achievementHelp')}
                  checked={marked}
                  onChange={(e) => field.onChange(e.currentTarget.checked ? [...flags, achievementMark] : flags)}
                />
              )}
            </>
          );
        }}
      />
      <Controller
        control={form.control}
        name="attachments"
        render={({ field }) => <AttachmentsField value={field.value} onChange={field.onChange} />}
      />
      {hasAudio(form.watch('attachments')) && <RecordingConsentField form={form} err={err} />}
    </Stack>
  );
}

/** An audio recording is attached: did the other party know? The answer is kept (hashed) with the entry. */
function RecordingConsentField({ form, err }: { form: UseFormReturn<Values>; err: (name: string) => string | undefined }) {
  const { t } = useTranslation();
  return (
    <Controller
      control={form.control}
      name="recordingConsent"
      render={({ field }) => (
        <Radio.Group
          label={t('journal.recordingConsent.question')}
          description={t('journal.recordingConsent.help')}
          required
          value={field.value ?? ''}
          onChange={(v) => field.onChange(v)}
          error={err('recordingConsent')}
        >
          <Stack gap={6} mt="xs">
            {recordingConsents.map((c) => (
              <Radio key={c} value={c} label={t(`journal.recordingConsent.${c}`)} />
            ))}
          </Stack>
        </Radio.Group>
      )}
    />
  );
}

/** Witnesses: asked first (and marked) for incidents whose template asks for them, else with the other people. */
function WitnessesField({
  form,
  err,
  isAsked,
}: {
  form: UseFormReturn<Values>;
  err: (name: string) => string | undefined;
  isAsked: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Controller
      control={form.control}
      name="witnesses"
      render={({ field }) => (
        <TagsInput
          label={t('journal.fields.witnesses')}
          description={t('journal.fields.namesHint')}
          value={field.value}
          onChange={field.onChange}
          withAsterisk={isAsked}
          error={err('witnesses')}
        />
      )}
    />
  );
}
