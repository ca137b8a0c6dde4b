import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Complaint } from '@shared/contract/complaints';
import { EmptyState } from '../../lib/empty-state';
import { ErrorAlert } from '../../lib/error-alert';
import { useFormat } from '../../lib/format';
import { EntryFormModal } from './entry-drawer';
import type { EntryFormMode } from './entry-form';
import { SeverityBadge, TeamPendingBadge } from './entry-view';
import { StatusUpdateModal } from './status-update';
import { useComplaints } from './use-journal';

/** "First response: 25 min / 3 h / 2 d" — how long the client waited (DOMAIN.md §5). */
export function useResponseTime() {
  const { t } = useTranslation();
  return (minutes: number | null) => {
    if (minutes === null) return t('journal.complaints.noResponse');
    const time =
      minutes < 120
        ? t('journal.complaints.minutes', { count: minutes })
        : minutes < 48 * 60
          ? t('journal.complaints.hours', { count: Math.round(minutes / 60) })
          : t('journal.complaints.days', { count: Math.round(minutes / 1440) });
    return t('journal.complaints.responseTime', { time });
  };
}

export function ComplaintLine({
  c,
  onOpen,
  onResolve,
  onUpdate,
  showClient,
}: {
  c: Complaint;
  onOpen: (id: number) => void;
  onResolve?: (c: Complaint) => void;
  /** a status update letter while it is open */
  onUpdate?: (c: Complaint) => void;
  showClient: boolean;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const responseTime = useResponseTime();
  return (
    <Paper withBorder p="xs" data-testid="complaint">
      <Group justify="space-between" wrap="nowrap">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Group gap="xs">
            <SeverityBadge severity={c.entry.severity} />
            <Badge size="sm" color={c.status === 'open' ? 'red' : 'green'} variant="light">
              {c.status === 'open' ? t('journal.complaints.open') : t('journal.complaints.resolvedBadge')}
            </Badge>
            <TeamPendingBadge entry={c.entry} />
            {showClient && (
              <Text size="sm" fw={600}>
                {c.entry.clientName}
              </Text>
            )}
            <Text size="sm" c="dimmed">
              {t(`journal.channels.${c.entry.channel}`)} · {fmt.dateTime(c.entry.occurredAt)}
            </Text>
            {c.isUpdateDue && (
              <Badge size="sm" color="orange" variant="light" data-testid="update-due">
                {t('journal.statusUpdate.due')}
              </Badge>
            )}
            {c.entry.category && (
              <Badge size="sm" variant="dot">
                {t(`journal.categories.${c.entry.category}`)}
              </Badge>
            )}
          </Group>
          <Text size="sm" fw={500} truncate>
            {c.entry.summary}
          </Text>
          <Text size="xs" c="dimmed">
            {c.status === 'open'
              ? t('journal.complaints.age', { count: c.ageDays })
              : t('journal.complaints.tookDays', { count: c.ageDays })}
            {' · '}
            {responseTime(c.responseMinutes)}
            {c.followUpDueAt && ` · ${t('journal.complaints.followUpDueOn', { date: fmt.date(c.followUpDueAt) })}`}
            {c.updateDueAt && ` · ${t('journal.statusUpdate.dueOn', { date: fmt.date(c.updateDueAt) })}`}
          </Text>
        </Stack>
        <Group gap="xs" wrap="nowrap">
          <Button size="compact-sm" variant="default" onClick={() => onOpen(c.id)}>
            {t('journal.fields.open')}
          </Button>
          {/* a complaint still queued for the team server: no letter or resolution names it until it is numbered */}
          {onUpdate && c.status === 'open' && !c.entry.teamPending && (
            <Button size="compact-sm" variant="light" color={c.isUpdateDue ? 'orange' : undefined} onClick={() => onUpdate(c)}>
              {t('journal.statusUpdate.button')}
            </Button>
          )}
          {onResolve && !c.entry.teamPending && (
            <Button size="compact-sm" color="green" onClick={() => onResolve(c)}>
              {c.status === 'open' ? t('journal.complaints.resolve') : t('journal.complaints.followUp')}
            </Button>
          )}
        </Group>
      </Group>
    </Paper>
  );
}

/** The priority queue (severity, then age), follow-ups due, and what was resolved. */
export function ComplaintsQueue({ clientId, onOpen }: { clientId: number | null; onOpen: (id: number) => void }) {
  const { t } = useTranslation();
  const all = useComplaints({ clientId, status: 'all' });
  const [form, setForm] = useState<{ mode: EntryFormMode; title: string } | null>(null);
  const [updating, setUpdating] = useState<Complaint | null>(null);
  const act = (c: Complaint) =>
    setForm({
      mode: { type: 'new', clientId: c.entry.clientId, kind: c.status === 'open' ? 'resolution' : 'follow_up', refersToId: c.id },
      title:
        c.status === 'open'
          ? t('journal.complaints.resolveTitle', { summary: c.entry.summary })
          : t('journal.complaints.followUpTitle', { summary: c.entry.summary }),
    });
  if (all.error) return <ErrorAlert error={all.error} onRetry={() => void all.refetch()} />;
  const list = all.data ?? [];
  const open = list.filter((c) => c.status === 'open');
  const due = list.filter((c) => c.isFollowUpDue);
  const resolved = list.filter((c) => c.status === 'resolved');
  const section = (title: string, items: Complaint[], empty: string, testId: string) => (
    <Stack gap="xs" data-testid={testId}>
      <Title order={4}>
        {title} ({items.length})
      </Title>
      {items.length === 0 ? (
        <EmptyState>{empty}</EmptyState>
      ) : (
        items.map((c) => (
          <ComplaintLine key={c.id} c={c} onOpen={onOpen} onResolve={act} onUpdate={setUpdating} showClient={clientId === null} />
        ))
      )}
    </Stack>
  );
  // nothing recorded yet: what will wait here, and the one next step
  const firstUse = all.data && list.length === 0 && (
    <EmptyState
      action={
        <Button
          variant="light"
          onClick={() =>
            setForm({ mode: { type: 'new', clientId, kind: 'complaint' }, title: t('journal.complaints.recordFirst') })
          }
        >
          {t('journal.complaints.recordFirst')}
        </Button>
      }
    >
      {t('journal.complaints.noneYet')}
    </EmptyState>
  );
  const modal = <EntryFormModal mode={form?.mode ?? null} title={form?.title ?? ''} onClose={() => setForm(null)} />;
  if (firstUse) {
    return (
      <Stack data-testid="complaints-first-use">
        {firstUse}
        {modal}
      </Stack>
    );
  }
  return (
    <Stack>
      {section(t('journal.complaints.queue'), open, t('journal.complaints.queueEmpty'), 'complaint-queue')}
      {section(t('journal.complaints.followUpsDue'), due, t('journal.complaints.followUpsEmpty'), 'follow-ups-due')}
      {section(t('journal.complaints.resolved'), resolved, t('journal.complaints.resolvedEmpty'), 'complaints-resolved')}
      {modal}
      <StatusUpdateModal complaint={updating} onClose={() => setUpdating(null)} />
    </Stack>
  );
}
