import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Complaint } from '@shared/contract/complaints';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../lib/error-alert';
import { useFormat } from '../../lib/format';
import { useResponseTime } from './complaints-queue';
import { SeverityBadge, TeamPendingBadge } from './entry-view';
import { StatusUpdateModal } from './status-update';
import { useToday } from './use-journal';

/** The dashboard's "today": complaints waiting (priority order), follow-ups due, reminders due. */
export function TodayPanel() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const today = useToday();
  const responseTime = useResponseTime();
  const [updating, setUpdating] = useState<Complaint | null>(null);
  if (today.error) return <ErrorAlert error={today.error} onRetry={() => void today.refetch()} />;
  const d = today.data;
  if (!d) return null;
  const isEmpty = d.waitingCount + d.followUpsDueCount + d.updatesDueCount + d.remindersDue.length === 0;
  return (
    <Paper withBorder p="md" data-testid="today-panel">
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t('journal.today.title')}</Title>
        <Anchor component={Link} to="/journal" size="sm">
          {t('journal.today.openJournal')}
        </Anchor>
      </Group>
      {isEmpty ? (
        <Text c="dimmed">{t('journal.today.nothing')}</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2, lg: 4 }}>
          <Stack gap={6} data-testid="today-waiting">
            <Text fw={600}>
              {t('journal.today.waiting')} <Badge color={d.waitingCount ? 'red' : 'gray'}>{d.waitingCount}</Badge>
            </Text>
            {d.waiting.slice(0, 5).map((c) => (
              <Stack key={c.id} gap={0}>
                <Group gap={6}>
                  <SeverityBadge severity={c.entry.severity} />
                  <Anchor component={Link} to={`/clients/${c.entry.clientId}`} size="sm">
                    {c.entry.clientName}
                  </Anchor>
                  <TeamPendingBadge entry={c.entry} />
                </Group>
                <Text size="sm" truncate>
                  {c.entry.summary}
                </Text>
                <Text size="xs" c="dimmed">
                  {t('journal.complaints.age', { count: c.ageDays })} · {responseTime(c.responseMinutes)}
                </Text>
              </Stack>
            ))}
          </Stack>
          <Stack gap={6} data-testid="today-updates">
            <Text fw={600}>
              {t('journal.today.updates')} <Badge color={d.updatesDueCount ? 'orange' : 'gray'}>{d.updatesDueCount}</Badge>
            </Text>
            {d.updatesDue.slice(0, 5).map((c) => (
              <Stack key={c.id} gap={0}>
                <Anchor component="button" type="button" size="sm" ta="left" onClick={() => setUpdating(c)}>
                  {c.entry.clientName}: {c.entry.summary}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {t('journal.statusUpdate.lastContact', { date: fmt.date(c.lastContactAt) })}
                </Text>
              </Stack>
            ))}
          </Stack>
          <Stack gap={6} data-testid="today-follow-ups">
            <Text fw={600}>
              {t('journal.today.followUps')} <Badge color={d.followUpsDueCount ? 'orange' : 'gray'}>{d.followUpsDueCount}</Badge>
            </Text>
            {d.followUpsDue.slice(0, 5).map((c) => (
              <Text key={c.id} size="sm" truncate>
                {c.entry.clientName}: {c.entry.summary}
              </Text>
            ))}
          </Stack>
          <Stack gap={6} data-testid="today-reminders">
            <Text fw={600}>
              {t('journal.today.reminders')}{' '}
              <Badge color={d.remindersDue.length ? 'orange' : 'gray'}>{d.remindersDue.length}</Badge>
            </Text>
            {d.remindersDue.slice(0, 5).map((r) => (
              <Stack key={r.invoiceId} gap={0}>
                <Anchor component={Link} to={`/clients/${r.clientId}`} size="sm">
                  {r.clientName}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {t('journal.today.overdueSince', {
                    number: r.number,
                    date: fmt.date(r.dueOn),
                    amount: fmt.money(r.outstandingMinor, r.currency),
                  })}
                  {' · '}
                  {r.lastReminderAt
                    ? t('journal.today.lastReminder', { date: fmt.date(r.lastReminderAt) })
                    : t('journal.today.neverReminded')}
                </Text>
              </Stack>
            ))}
          </Stack>
        </SimpleGrid>
      )}
      <StatusUpdateModal complaint={updating} onClose={() => setUpdating(null)} />
    </Paper>
  );
}
