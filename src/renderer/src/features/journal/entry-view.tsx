import { Anchor, Badge, Blockquote, Button, Code, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { useState } from 'react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { JournalAttachment, JournalEntry } from '@shared/contract/journal';
import { errorMessage } from '../../lib/error-alert';
import { useFormat } from '../../lib/format';
import { useOpenAttachment } from './use-journal';

const severityColor = { low: 'gray', medium: 'yellow', high: 'orange', critical: 'red' } as const;

export function SeverityBadge({ severity }: { severity: JournalEntry['severity'] }) {
  const { t } = useTranslation();
  return (
    <Badge color={severityColor[severity]} variant="light" size="sm">
      {t(`journal.severities.${severity}`)}
    </Badge>
  );
}

export function LateBadge({ entry }: { entry: JournalEntry }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  if (!entry.isLate) return null;
  return (
    <Tooltip label={t('journal.lateExplain', { recorded: fmt.dateTime(entry.recordedAt) })}>
      <Badge color="grape" variant="outline" size="sm" data-testid="late-badge">
        {t('journal.late')}
      </Badge>
    </Tooltip>
  );
}

/** A team replica's entry still in the outbox: the server has not numbered it yet. */
export function TeamPendingBadge({ entry }: { entry: JournalEntry }) {
  const { t } = useTranslation();
  if (!entry.teamPending) return null;
  return (
    <Tooltip label={t('journal.teamPendingExplain')} multiline w={280}>
      <Badge color="orange" variant="outline" size="sm" data-testid="team-pending-badge">
        {t('journal.teamPending')}
      </Badge>
    </Tooltip>
  );
}

/** The first line of an entry: kind, channel, when, severity, late mark, not-yet-in-the-team-journal mark. */
export function EntryHeader({ entry, showClient = false }: { entry: JournalEntry; showClient?: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Group gap="xs" wrap="wrap">
      {!entry.teamPending && (
        <Text size="xs" c="dimmed">
          {t('journal.seq', { seq: entry.seq })}
        </Text>
      )}
      <Badge variant="filled" size="sm" color={entry.kind.startsWith('incident') ? 'red' : 'blue'}>
        {t(`journal.kinds.${entry.kind}`)}
      </Badge>
      <Text size="sm">{t(`journal.channels.${entry.channel}`)}</Text>
      <Text size="sm" c="dimmed">
        {fmt.dateTime(entry.occurredAt)}
      </Text>
      {showClient && (
        <Text size="sm" fw={600}>
          {entry.clientName}
        </Text>
      )}
      {entry.severity !== 'low' && <SeverityBadge severity={entry.severity} />}
      {entry.category && (
        <Badge variant="dot" size="sm">
          {t(`journal.categories.${entry.category}`)}
        </Badge>
      )}
      <LateBadge entry={entry} />
      <TeamPendingBadge entry={entry} />
    </Group>
  );
}

function AttachmentLine({ a }: { a: JournalAttachment }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const open = useOpenAttachment();
  return (
    <Group gap="xs" wrap="nowrap" data-testid="attachment">
      <Text size="sm" truncate maw={260}>
        {a.originalName}
      </Text>
      <Text size="xs" c="dimmed">
        {fmt.number(a.sizeBytes / 1024, 1)} KB
      </Text>
      <Tooltip label={a.sha256}>
        <Code>
          {t('journal.fields.fingerprint')} {a.sha256.slice(0, 16)}…
        </Code>
      </Tooltip>
      <Button
        size="compact-xs"
        variant="subtle"
        onClick={() =>
          open.mutate({ sha256: a.sha256 }, { onError: (e) => notifications.show({ color: 'red', message: errorMessage(t, e) }) })
        }
      >
        {t('journal.fields.open')}
      </Button>
    </Group>
  );
}

export function Attachments({ list }: { list: JournalAttachment[] }) {
  return (
    <Stack gap={2}>
      {list.map((a, i) => (
        <AttachmentLine key={`${a.sha256}-${i}`} a={a} />
      ))}
    </Stack>
  );
}

/** Everything an entry records, exact words set apart as quotations. */
/** The entry's chain hash, one click away: the owner reads plain words, a lawyer or expert the hash. */
function Fingerprint({ hash, version }: { hash: string; version: number }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  return shown ? (
    <>
      {t('journal.hash')} <Code fz="xs">{hash}</Code> ({t('journal.hashVersion', { version })})
    </>
  ) : (
    <Anchor component="button" type="button" fz="xs" onClick={() => setShown(true)}>
      {t('journal.showHash')}
    </Anchor>
  );
}

export function EntryBody({ entry }: { entry: JournalEntry }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Stack gap="xs">
      <Text fw={600} style={{ whiteSpace: 'pre-wrap', unicodeBidi: 'plaintext' }}>
        {entry.summary}
      </Text>
      {entry.details && (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', unicodeBidi: 'plaintext' }}>
          {entry.details}
        </Text>
      )}
      {entry.quotes.map((q, i) => (
        <Blockquote key={i} p="xs" color="red" data-testid="quote" style={{ whiteSpace: 'pre-wrap', unicodeBidi: 'plaintext' }}>
          {q}
        </Blockquote>
      ))}
      {entry.people.length > 0 && (
        <Text size="sm">
          <Text span c="dimmed">
            {t('journal.fields.people')}:{' '}
          </Text>
          {entry.people.join(', ')}
        </Text>
      )}
      {entry.witnesses.length > 0 && (
        <Text size="sm" data-testid="witnesses">
          <Text span c="dimmed">
            {t('journal.fields.witnesses')}:{' '}
          </Text>
          {entry.witnesses.join(', ')}
        </Text>
      )}
      {entry.signs.length > 0 && (
        <Group gap={4}>
          {entry.signs.map((s) => (
            <Badge key={s} size="xs" variant="outline" color="red">
              {t(`journal.signs.${s}`)}
            </Badge>
          ))}
        </Group>
      )}
      {entry.attachments.length > 0 && <Attachments list={entry.attachments} />}
      {entry.recordingConsent && (
        <Text size="sm" data-testid="recording-consent">
          <Text span fw={500}>
            {t('journal.recordingConsent.label')}:
          </Text>{' '}
          {t(`journal.recordingConsent.${entry.recordingConsent}`)}
        </Text>
      )}
      <Text size="xs" c="dimmed">
        {entry.durationMinutes !== null && `${t('journal.durationValue', { count: entry.durationMinutes })} · `}
        {t('journal.fields.recordedAt')} {fmt.dateTime(entry.recordedAt)}
        {entry.author ? ` ${t('journal.byAuthor', { author: entry.authorName ?? entry.author })}` : ''}
        {entry.teamPending ? (
          ` · ${t('journal.teamPending')}`
        ) : (
          <>
            {' · '}
            {t('journal.entryNumber', { seq: entry.seq })} <Fingerprint hash={entry.hash} version={entry.hashVersion} />
          </>
        )}
      </Text>
    </Stack>
  );
}

/** One entry in full, in a frame; `label` says whether it is the original or a correction. */
export function EntryCard({ entry, label, showClient }: { entry: JournalEntry; label?: string; showClient?: boolean }) {
  return (
    <Paper withBorder p="sm" data-testid="entry-card">
      {label && (
        <Text size="xs" fw={700} tt="uppercase" c="dimmed" mb={4}>
          {label}
        </Text>
      )}
      <Stack gap="xs">
        <EntryHeader entry={entry} {...(showClient ? { showClient } : {})} />
        <EntryBody entry={entry} />
      </Stack>
    </Paper>
  );
}
