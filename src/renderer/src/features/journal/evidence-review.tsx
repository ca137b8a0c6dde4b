import { Button, Checkbox, Group, ScrollArea, Select, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EmailProposal, NewEntryInput } from '@shared/contract/journal';
import { formatDateTime } from '@shared/domain/format';
import { entryTemplates } from '@shared/domain/entry-templates';
import { journalKinds, type Channel, type JournalKind } from '@shared/domain/journal-kinds';
import { useApiMutation } from '../../lib/api';
import { ErrorAlert } from '../../lib/error-alert';
import { useFormat } from '../../lib/format';

// The review of a proposed e-mail entry, and what the chat review shares with it.

export function FileLine({ name, sha256 }: { name: string; sha256: string }) {
  const { t } = useTranslation();
  return (
    <Text size="xs" c="dimmed">
      {t('journal.evidence.file', { name, fingerprint: sha256.slice(0, 12) })}
    </Text>
  );
}

export function KindSelect({
  value,
  onChange,
  label,
}: {
  value: JournalKind;
  onChange: (k: JournalKind) => void;
  label?: string;
}) {
  const { t } = useTranslation();
  return (
    <Select
      label={label ?? t('journal.fields.kind')}
      data={journalKinds.map((k) => ({ value: k, label: t(`journal.kinds.${k}`) }))}
      value={value}
      onChange={(v) => v && onChange(v as JournalKind)}
      allowDeselect={false}
      searchable
    />
  );
}

export function entryOf(
  base: { clientId: number; kind: JournalKind; channel: Channel; summary: string },
  rest: Pick<NewEntryInput, 'occurredAt' | 'people' | 'quotes' | 'attachments'>,
): NewEntryInput {
  const tpl = entryTemplates[base.kind];
  return { ...base, ...rest, severity: tpl.severity, signs: [...tpl.signs] };
}

export function useSave(onDone: () => void) {
  const { t } = useTranslation();
  const save = useApiMutation('addJournalEntries');
  const run = async (entries: NewEntryInput[]) => {
    const saved = await save.mutateAsync({ entries }).catch(() => null);
    if (!saved) return;
    notifications.show({ color: 'green', message: t('journal.evidence.saved', { count: saved.length }) });
    onDone();
  };
  return { run, save };
}

export function EmailReview({
  proposal: p,
  clientId,
  onDone,
}: {
  proposal: EmailProposal;
  clientId: number;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [kind, setKind] = useState<JournalKind>('email');
  const [summary, setSummary] = useState(p.summary);
  const [picked, setPicked] = useState<Set<number>>(new Set());
  const { run, save } = useSave(onDone);
  const toggle = (i: number) =>
    setPicked((s) => {
      const n = new Set(s);
      if (!n.delete(i) && n.size < 50) n.add(i);
      return n;
    });
  const submit = () =>
    run([
      entryOf(
        { clientId, kind, channel: 'email', summary },
        {
          occurredAt: p.occurredAt,
          people: p.people,
          quotes: [...picked].sort((x, y) => x - y).map((i) => p.lines[i]!),
          attachments: [p.attachment],
        },
      ),
    ]);
  return (
    <Stack gap="sm">
      <Text size="sm">{t('journal.evidence.confirmHint')}</Text>
      <Text size="sm" fw={500}>
        {p.occurredAt
          ? t('journal.evidence.emailTime', { time: formatDateTime(p.occurredAt, fmt.lang, p.timeZone), zone: p.timeZone })
          : t('journal.evidence.noDate')}
      </Text>
      {p.people.length > 0 && <Text size="sm">{t('journal.evidence.people', { names: p.people.join(', ') })}</Text>}
      <Group grow align="flex-start">
        <TextInput
          label={t('journal.fields.summary')}
          value={summary}
          onChange={(e) => setSummary(e.currentTarget.value)}
          required
        />
        <KindSelect value={kind} onChange={setKind} />
      </Group>
      <Text size="sm" fw={500}>
        {t('journal.evidence.pickLines')}
      </Text>
      <ScrollArea.Autosize mah={280}>
        <Stack gap={4}>
          {p.lines.map((line, i) => (
            <Checkbox key={i} label={line} checked={picked.has(i)} onChange={() => toggle(i)} />
          ))}
        </Stack>
      </ScrollArea.Autosize>
      {p.innerFiles.length > 0 && <Text size="xs">{t('journal.evidence.innerFiles', { names: p.innerFiles.join(', ') })}</Text>}
      <FileLine name={p.attachment.originalName} sha256={p.attachment.sha256} />
      {save.error ? <ErrorAlert error={save.error} /> : null}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('actions.cancel')}
        </Button>
        <Button onClick={() => void submit()} loading={save.isPending} disabled={summary.trim() === ''}>
          {t('journal.evidence.save', { count: 1 })}
        </Button>
      </Group>
    </Stack>
  );
}
