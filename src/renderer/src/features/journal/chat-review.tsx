import { Alert, Badge, Button, Checkbox, Group, Paper, ScrollArea, Select, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChatProposal, EvidenceAnswer } from '@shared/contract/journal';
import { fold } from '@shared/domain/fold';
import { formatDateTime } from '@shared/domain/format';
import type { JournalKind } from '@shared/domain/journal-kinds';
import type { ChatDateOrder } from '@shared/domain/whatsapp-chat';
import { useApiMutation } from '../../lib/api';
import { ErrorAlert, errorMessage } from '../../lib/error-alert';
import { useFormat } from '../../lib/format';
import { entryOf, FileLine, KindSelect, useSave } from './evidence-review';

// A WhatsApp export: the owner picks messages; each picked one is a proposed entry whose summary
// and kind they check before saving them together.

interface MessagePick {
  summary: string;
  kind: JournalKind;
}

const SHOWN_MAX = 200;

const firstLine = (s: string) => (s.split('\n').find((l) => l.trim() !== '') ?? '').trim().slice(0, 200);

export function ChatReview({
  proposal: p,
  clientId,
  onReread,
  onDone,
}: {
  proposal: ChatProposal;
  clientId: number;
  onReread: (a: EvidenceAnswer) => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [picks, setPicks] = useState<Map<number, MessagePick>>(new Map());
  const { run, save } = useSave(onDone);
  const reread = useApiMutation('rereadChatEvidence');
  const [query, setQuery] = useState('');
  const byIndex = new Map(p.messages.map((m) => [m.index, m]));
  // a long chat: search it; the list shows the most recent matches
  const needle = fold(query.trim());
  const matching = needle ? p.messages.filter((m) => fold(`${m.sender ?? ''} ${m.text}`).includes(needle)) : p.messages;
  const shown = matching.slice(-SHOWN_MAX);
  const toggle = (i: number) =>
    setPicks((s) => {
      const n = new Map(s);
      const m = byIndex.get(i)!;
      if (!n.delete(i) && n.size < 200) n.set(i, { summary: firstLine(m.text) || (m.sender ?? ''), kind: 'note' });
      return n;
    });
  const edit = (i: number, change: Partial<MessagePick>) => setPicks((s) => new Map(s).set(i, { ...s.get(i)!, ...change }));
  const chosen = [...picks.entries()].sort(([x], [y]) => x - y);
  const submit = () =>
    run(
      chosen.map(([i, pick]) => {
        const m = byIndex.get(i)!;
        return entryOf(
          { clientId, kind: pick.kind, channel: 'chat', summary: pick.summary },
          { occurredAt: m.occurredAt, people: m.sender ? [m.sender] : [], quotes: [m.text], attachments: [p.attachment] },
        );
      }),
    );
  const time = (iso: string) => formatDateTime(iso, fmt.lang, p.timeZone);
  return (
    <Stack gap="sm">
      <Text size="sm">{t('journal.evidence.confirmHint')}</Text>
      <Alert color={p.dateOrderGuessed ? 'yellow' : 'blue'}>
        <Stack gap={6}>
          <Text size="sm">{t('journal.evidence.chatTime', { zone: p.timeZone })}</Text>
          {p.dateOrderGuessed && <Text size="sm">{t('journal.evidence.dateOrderGuessed')}</Text>}
          <Select
            label={t('journal.evidence.dateOrderLabel')}
            data={(['dmy', 'mdy', 'ymd'] as const).map((o) => ({ value: o, label: t(`journal.evidence.dateOrder.${o}`) }))}
            value={p.dateOrder}
            allowDeselect={false}
            w={220}
            onChange={(v) => {
              if (!v || v === p.dateOrder) return;
              reread
                .mutateAsync({ attachment: p.attachment, dateOrder: v as ChatDateOrder })
                .then(onReread, (e: unknown) => notifications.show({ color: 'red', message: errorMessage(t, e) }));
            }}
          />
        </Stack>
      </Alert>
      <Text size="sm" fw={500}>
        {t('journal.evidence.pickMessages')}
      </Text>
      {p.messages.length > 20 && (
        <TextInput
          label={t('journal.evidence.search')}
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          type="search"
        />
      )}
      {matching.length > shown.length && (
        <Text size="xs" c="dimmed">
          {t('journal.evidence.showingLast', { shown: shown.length, count: matching.length })}
        </Text>
      )}
      <ScrollArea.Autosize mah={300}>
        <Stack gap={6}>
          {shown.map((m) => (
            <Checkbox
              key={m.index}
              checked={picks.has(m.index)}
              disabled={m.special === 'system'}
              onChange={() => toggle(m.index)}
              aria-label={`${time(m.occurredAt)} ${m.sender ?? ''}: ${firstLine(m.text)}`}
              label={
                <Stack gap={0}>
                  <Group gap={6}>
                    <Text size="xs" c="dimmed">
                      {time(m.occurredAt)}
                    </Text>
                    {m.sender && (
                      <Text size="xs" fw={600}>
                        {m.sender}
                      </Text>
                    )}
                    {m.special && (
                      <Badge size="xs" variant="light" color="gray">
                        {t(`journal.evidence.special.${m.special}`)}
                      </Badge>
                    )}
                  </Group>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {m.text}
                  </Text>
                </Stack>
              }
            />
          ))}
        </Stack>
      </ScrollArea.Autosize>
      {chosen.length > 0 && (
        <Stack gap="xs">
          <Text size="sm" fw={500}>
            {t('journal.evidence.proposals')}
          </Text>
          {chosen.map(([i, pick]) => (
            <Paper key={i} withBorder p="xs" data-testid="chat-proposal">
              <Text size="xs" c="dimmed">
                {time(byIndex.get(i)!.occurredAt)} · {byIndex.get(i)!.sender}
              </Text>
              <Group grow align="flex-start">
                <TextInput
                  label={t('journal.fields.summary')}
                  value={pick.summary}
                  onChange={(e) => edit(i, { summary: e.currentTarget.value })}
                  required
                />
                <KindSelect value={pick.kind} onChange={(kind) => edit(i, { kind })} />
              </Group>
            </Paper>
          ))}
        </Stack>
      )}
      <FileLine name={p.attachment.originalName} sha256={p.attachment.sha256} />
      {save.error ? <ErrorAlert error={save.error} /> : null}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('actions.cancel')}
        </Button>
        <Button
          onClick={() => void submit()}
          loading={save.isPending}
          disabled={chosen.length === 0 || chosen.some(([, x]) => x.summary.trim() === '')}
        >
          {chosen.length === 0 ? t('journal.evidence.pickedNone') : t('journal.evidence.save', { count: chosen.length })}
        </Button>
      </Group>
    </Stack>
  );
}
