import { Button, Group, Paper, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { BarElement, CategoryScale, Chart as ChartJS, Legend, LinearScale, Tooltip } from 'chart.js';
import { useState } from 'react';
import { Bar } from 'react-chartjs-2';
import { useTranslation } from 'react-i18next';
import { complaintCategories, type ComplaintCategory } from '@shared/domain/journal-entry';
import { localeOf } from '@shared/domain/format';
import { EmptyState } from '../../lib/empty-state';
import { ErrorAlert } from '../../lib/error-alert';
import { useFormat } from '../../lib/format';
import { useClientChoices, useComplaintPattern } from './use-journal';

ChartJS.register(CategoryScale, LinearScale, BarElement, Tooltip, Legend);

interface Series {
  label: string;
  fromClient: number;
  fromOthers: number;
}

/** One breakdown as a stacked bar chart, or as a table for reading exact numbers. */
function Breakdown({
  title,
  rows,
  hasClient,
  asTable,
  testId,
}: {
  title: string;
  rows: Series[];
  hasClient: boolean;
  asTable: boolean;
  testId: string;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const mine = t('journal.patterns.fromClient');
  const others = hasClient ? t('journal.patterns.fromOthers') : t('journal.patterns.total');
  return (
    <Paper withBorder p="sm" data-testid={testId}>
      <Title order={5} mb="xs">
        {title}
      </Title>
      {asTable ? (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th />
              {hasClient && <Table.Th>{mine}</Table.Th>}
              <Table.Th>{others}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.label}>
                <Table.Td>{r.label}</Table.Td>
                {hasClient && <Table.Td>{fmt.number(r.fromClient)}</Table.Td>}
                <Table.Td>{fmt.number(r.fromOthers)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : (
        <div style={{ height: 220 }}>
          <Bar
            aria-label={title}
            role="img"
            data={{
              labels: rows.map((r) => r.label),
              datasets: [
                ...(hasClient ? [{ label: mine, data: rows.map((r) => r.fromClient), backgroundColor: '#e8590c' }] : []),
                { label: others, data: rows.map((r) => r.fromOthers), backgroundColor: '#4dabf7' },
              ],
            }}
            options={{
              maintainAspectRatio: false,
              animation: false,
              scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
            }}
          />
        </div>
      )}
    </Paper>
  );
}

/** DOMAIN.md §5 complaint analysis: this client vs others, per month, by channel, by month of year. */
export function ComplaintPatterns({ clientId: fixedClient }: { clientId: number | null }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const clients = useClientChoices();
  const [category, setCategory] = useState<ComplaintCategory | null>(null);
  const [chosenClient, setChosenClient] = useState<number | null>(null);
  const [asTable, setAsTable] = useState(false);
  const clientId = fixedClient ?? chosenClient;
  const pattern = useComplaintPattern({ category, clientId });
  const p = pattern.data;
  const hasClient = clientId !== null;
  const monthName = (i: number) =>
    new Intl.DateTimeFormat(localeOf(fmt.lang), { month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2026, i, 1)));
  const ym = (m: string) =>
    new Intl.DateTimeFormat(localeOf(fmt.lang), { month: 'short', year: '2-digit', timeZone: 'UTC' }).format(
      new Date(`${m}-01T00:00:00Z`),
    );
  return (
    <Stack>
      <Title order={4}>{t('journal.patterns.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('journal.patterns.intro')}
      </Text>
      <Group align="flex-end">
        <Select
          label={t('journal.patterns.category')}
          placeholder={t('journal.patterns.allCategories')}
          data={complaintCategories.map((c) => ({ value: c, label: t(`journal.categories.${c}`) }))}
          value={category}
          onChange={(v) => setCategory(v as ComplaintCategory | null)}
          clearable
          w={220}
        />
        {fixedClient === null && (
          <Select
            label={t('journal.patterns.client')}
            placeholder={t('journal.patterns.noClient')}
            data={clients.map((c) => ({ value: String(c.id), label: c.name }))}
            value={chosenClient ? String(chosenClient) : null}
            onChange={(v) => setChosenClient(v ? Number(v) : null)}
            clearable
            searchable
            w={220}
          />
        )}
        <Button variant="subtle" onClick={() => setAsTable(!asTable)}>
          {asTable ? t('journal.patterns.showChart') : t('journal.patterns.showTable')}
        </Button>
      </Group>
      {pattern.error && <ErrorAlert error={pattern.error} />}
      {p && p.total === 0 && <EmptyState>{t('journal.patterns.empty')}</EmptyState>}
      {p && p.total > 0 && (
        <>
          <Group data-testid="pattern-totals">
            {hasClient && (
              <Text>
                {t('journal.patterns.fromClient')}: <b>{fmt.number(p.fromClient)}</b>
              </Text>
            )}
            <Text>
              {hasClient ? t('journal.patterns.fromOthers') : t('journal.patterns.total')}: <b>{fmt.number(p.fromOthers)}</b> (
              {t('journal.patterns.otherClients', { count: p.otherClients })})
            </Text>
          </Group>
          <SimpleGrid cols={{ base: 1, md: 3 }}>
            <Breakdown
              testId="pattern-per-month"
              title={t('journal.patterns.perMonth')}
              hasClient={hasClient}
              asTable={asTable}
              rows={p.perMonth.map((m) => ({ ...m, label: ym(m.month) }))}
            />
            <Breakdown
              testId="pattern-by-channel"
              title={t('journal.patterns.byChannel')}
              hasClient={hasClient}
              asTable={asTable}
              rows={p.byChannel.map((c) => ({ ...c, label: t(`journal.channels.${c.channel}`) }))}
            />
            <Breakdown
              testId="pattern-month-of-year"
              title={t('journal.patterns.byMonthOfYear')}
              hasClient={hasClient}
              asTable={asTable}
              rows={p.byMonthOfYear.map((m, i) => ({ ...m, label: monthName(i) }))}
            />
          </SimpleGrid>
        </>
      )}
    </Stack>
  );
}
