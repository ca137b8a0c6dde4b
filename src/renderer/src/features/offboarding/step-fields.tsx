import { Button, Checkbox, CopyButton, Group, Radio, Stack, Table, Text, Textarea, TextInput } from '@mantine/core';
import { Controller, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { OffboardingCaseView } from '@shared/contract/offboarding';
import { findNonApologies } from '@shared/domain/apology';
import { letterText, renderLetter } from '@shared/domain/letters/render';
import type { FieldSpec } from '@shared/domain/offboarding/types';
import { useFormat } from '../../lib/format';
import { LetterWarnings } from '../../lib/letter-warnings';
import { MoneyInput } from '../../lib/money-input';
import { SendLetter } from './send-letter';
import { useAchievementPicks } from './use-offboarding';
import type { ChecklistRowForm, StepForm } from './step-values';
import type { MergeValues } from '@shared/domain/letters/kinds';

interface FieldProps {
  field: FieldSpec;
  form: UseFormReturn<StepForm>;
  c: OffboardingCaseView;
  currency: string;
  error: (name: string) => string | undefined;
  mergeValues: () => MergeValues;
}

export function StepField(p: FieldProps) {
  const { t } = useTranslation();
  const { field: f, form, error } = p;
  const label = t(`offboarding.fields.${f.name}`);
  const required = 'required' in f && f.required === true;
  switch (f.type) {
    case 'line':
      return <TextInput label={label} required={required} error={error(f.name)} {...form.register(f.name)} />;
    case 'text':
      return <Textarea label={label} required={required} autosize minRows={2} error={error(f.name)} {...form.register(f.name)} />;
    case 'date':
      return <TextInput type="date" label={label} required={required} error={error(f.name)} {...form.register(f.name)} w={220} />;
    case 'money':
      return (
        <Controller
          control={form.control}
          name={f.name}
          render={({ field }) => (
            <MoneyInput
              label={label}
              required={required}
              value={field.value as number | string}
              onChange={field.onChange}
              onBlur={field.onBlur}
              currency={p.currency}
              error={error(f.name)}
              w={260}
            />
          )}
        />
      );
    case 'yesno':
    case 'choice': {
      const options = f.type === 'yesno' ? ['yes', 'no'] : f.options;
      const optionLabel = (o: string) => (f.type === 'yesno' ? t(`offboarding.fields.${o}`) : t(`offboarding.outcomes.${o}`));
      return (
        <Controller
          control={form.control}
          name={f.name}
          render={({ field }) => (
            <Radio.Group
              label={label}
              required={required}
              value={field.value as string}
              onChange={field.onChange}
              error={error(f.name)}
            >
              <Group mt="xs">
                {options.map((o) => (
                  <Radio key={o} value={o} label={optionLabel(o)} />
                ))}
              </Group>
            </Radio.Group>
          )}
        />
      );
    }
    case 'letter':
      return <LetterField {...p} label={label} />;
    case 'checklist':
      return <ChecklistField {...p} items={f.items} label={label} />;
    case 'picks':
      return <PicksField {...p} label={label} />;
  }
}

function LetterField(p: FieldProps & { label: string }) {
  const { t, i18n } = useTranslation();
  const { field: f, form } = p;
  const text = String(form.watch(f.name) ?? '');
  const hits = findNonApologies(text);
  const kind = f.type === 'letter' ? f.letter : 'termination';
  const draft = () => renderLetter(kind, i18n.language as 'en', p.mergeValues());
  const missing = draft().missing;
  return (
    <Stack gap="xs">
      <Controller
        control={form.control}
        name={f.name}
        render={({ field }) => (
          <Textarea
            label={p.label}
            autosize
            minRows={12}
            value={field.value as string}
            onChange={field.onChange}
            onBlur={field.onBlur}
            error={p.error(f.name)}
            styles={{ input: { fontFamily: 'inherit', lineHeight: 1.5 } }}
          />
        )}
      />
      <LetterWarnings hits={hits} missing={missing} />
      <Group>
        <Button variant="default" onClick={() => form.setValue(f.name, letterText(draft()), { shouldDirty: true })}>
          {t('offboarding.letters.generate')}
        </Button>
        <CopyButton value={text}>
          {({ copied, copy }) => (
            <Button variant="light" onClick={copy} color={copied ? 'green' : undefined}>
              {copied ? t('offboarding.letters.copied') : t('offboarding.letters.copy')}
            </Button>
          )}
        </CopyButton>
      </Group>
      <SendLetter c={p.c} text={text} />
    </Stack>
  );
}

function ChecklistField(p: FieldProps & { items: readonly string[]; label: string }) {
  const { t } = useTranslation();
  const { form, field: f } = p;
  return (
    <Table withTableBorder aria-label={p.label}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{p.label}</Table.Th>
          <Table.Th>{t('offboarding.fields.doneOn')}</Table.Th>
          <Table.Th>{t('offboarding.fields.note')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {p.items.map((item) => {
          const base = `${f.name}.${item}`;
          const itemLabel = t(`offboarding.handoverItems.${item}`);
          return (
            <Table.Tr key={item}>
              <Table.Td>
                <Controller
                  control={form.control}
                  name={`${base}.done`}
                  render={({ field }) => (
                    <Checkbox
                      label={itemLabel}
                      checked={Boolean(field.value)}
                      onChange={(e) => {
                        field.onChange(e.currentTarget.checked);
                        const row = form.getValues(base) as ChecklistRowForm;
                        if (e.currentTarget.checked && !row.doneOn) form.setValue(`${base}.doneOn`, p.c.facts.today as never);
                      }}
                    />
                  )}
                />
              </Table.Td>
              <Table.Td>
                <TextInput
                  type="date"
                  aria-label={`${itemLabel}: ${t('offboarding.fields.doneOn')}`}
                  error={p.error(`${base}.doneOn`)}
                  {...form.register(`${base}.doneOn`)}
                />
              </Table.Td>
              <Table.Td>
                <TextInput aria-label={`${itemLabel}: ${t('offboarding.fields.note')}`} {...form.register(`${base}.note`)} />
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}

function PicksField(p: FieldProps & { label: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const picks = useAchievementPicks(p.c.id, true);
  return (
    <Controller
      control={p.form.control}
      name={p.field.name}
      render={({ field }) => {
        const chosen = new Set(field.value as number[]);
        return (
          <Checkbox.Group label={p.label} value={[...chosen].map(String)} onChange={(v) => field.onChange(v.map(Number))}>
            <Stack gap={4} mt="xs">
              {picks.data?.length === 0 && <Text c="dimmed">{t('offboarding.achievementsEmpty')}</Text>}
              {picks.data?.map((e) => (
                <Checkbox key={e.id} value={String(e.id)} label={`${fmt.date(e.occurredAt)} · ${e.summary}`} />
              ))}
            </Stack>
          </Checkbox.Group>
        );
      }}
    />
  );
}
