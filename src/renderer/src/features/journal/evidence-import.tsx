import { Alert, Badge, Button, Checkbox, Group, Modal, Paper, ScrollArea, Select, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DROPPED_EVIDENCE_MAX_BYTES,
  type ChatProposal,
  type EmailProposal,
  type EvidenceAnswer,
  type NewEntryInput,
} from '@shared/contract/journal';
import { fold } from '@shared/domain/fold';
import { formatDateTime } from '@shared/domain/format';
import { entryTemplates } from '@shared/domain/entry-templates';
import { journalKinds, type Channel, type JournalKind } from '@shared/domain/journal-kinds';
import type { ChatDateOrder } from '@shared/domain/whatsapp-chat';
import { useApiMutation } from '../../lib/api';
import { ErrorAlert, errorMessage } from '../../lib/error-alert';
import { useFormat } from '../../lib/format';

// An e-mail (.eml) or a WhatsApp export (.txt), chosen with the button or dropped on the journal:
// main stores the file under its fingerprint and proposes entries; the owner checks each (summary,
// kind) and saves. Nothing reaches the journal before Save.

function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsDataURL(file);
  });
}

/** The button, the drop target and the review dialog share this state. */
export function useEvidenceIntake() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [answer, setAnswer] = useState<EvidenceAnswer | null>(null);
  const choose = useApiMutation('proposeEvidence');
  const dropped = useApiMutation('proposeDroppedEvidence');
  const fail = (e: unknown) => notifications.show({ color: 'red', message: errorMessage(t, e) });
  const pick = () => choose.mutateAsync(undefined).then((a) => a && setAnswer(a), fail);
  const drop = async (file: File) => {
    if (file.size > DROPPED_EVIDENCE_MAX_BYTES) {
      setAnswer({ status: 'refused', name: file.name, reason: 'too_large', maxBytes: DROPPED_EVIDENCE_MAX_BYTES });
      return;
    }
    try {
      setAnswer(await dropped.mutateAsync({ name: file.name, base64: await readAsBase64(file) }));
    } catch (e) {
      fail(e);
    }
  };
  const dropProps = {
    onDragOver: (e: DragEvent) => {
      if (Array.from(e.dataTransfer.types).includes('Files')) e.preventDefault();
    },
    onDrop: (e: DragEvent) => {
      const file = e.dataTransfer.files[0];
      if (!file) return;
      e.preventDefault();
      void drop(file);
    },
  };
  const max = (bytes: number) => `${fmt.number(bytes / 1024 / 1024, 1)} MB`;
  return {
    answer,
    close: () => setAnswer(null),
    setAnswer,
    pick,
    pending: choose.isPending || dropped.isPending,
    dropProps,
    max,
  };
}

export type EvidenceIntake = ReturnType<typeof useEvidenceIntake>;

export function EvidenceButton({ intake }: { intake: EvidenceIntake }) {
  const { t } = useTranslation();
  return (
    <Button variant="light" onClick={() => void intake.pick()} loading={intake.pending} title={t('journal.evidence.dropHint')}>
      {t('journal.evidence.button')}
    </Button>
  );
}

export function EvidenceModal({ intake, clientId }: { intake: EvidenceIntake; clientId: number }) {
  const { t } = useTranslation();
  const a = intake.answer;
  return (
    <Modal opened={a !== null} onClose={intake.close} title={t('journal.evidence.title')} size="xl">
      {a?.status === 'refused' && (
        <Alert color="red" role="alert">
          {t(`journal.evidence.refused.${a.reason}`, { name: a.name, max: intake.max(a.maxBytes) })}
        </Alert>
      )}
      {a?.status === 'proposed' && a.proposal.source === 'email' && (
        <EmailReview key={a.proposal.attachment.sha256} proposal={a.proposal} clientId={clientId} onDone={intake.close} />
      )}
      {a?.status === 'proposed' && a.proposal.source === 'whatsapp' && (
        <ChatReview
          key={`${a.proposal.attachment.sha256}-${a.proposal.dateOrder}`}
          proposal={a.proposal}
          clientId={clientId}
          onReread={intake.setAnswer}
          onDone={intake.close}
        />
      )}
    </Modal>
  );
}

function FileLine({ name, sha256 }: { name: string; sha256: string }) {
  const { t } = useTranslation();
  return (
    <Text size="xs" c="dimmed">
      {t('journal.evidence.file', { name, fingerprint: sha256.slice(0, 12) })}
    </Text>
  );
}

function KindSelect({ value, onChange, label }: { value: JournalKind; onChange: (k: JournalKind) => void; label?: string }) {
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

function entryOf(
  base: { clientId: number; kind: JournalKind; channel: Channel; summary: string },
  rest: Pick<NewEntryInput, 'occurredAt' | 'people' | 'quotes' | 'attachments'>,
): NewEntryInput {
  const tpl = entryTemplates[base.kind];
  return { ...base, ...rest, severity: tpl.severity, signs: [...tpl.signs] };
}

function useSave(onDone: () => void) {
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

function EmailReview({ proposal: p, clientId, onDone }: { proposal: EmailProposal; clientId: number; onDone: () => void }) {
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

interface MessagePick {
  summary: string;
  kind: JournalKind;
}

const SHOWN_MAX = 200;

const firstLine = (s: string) => (s.split('\n').find((l) => l.trim() !== '') ?? '').trim().slice(0, 200);

function ChatReview({
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
