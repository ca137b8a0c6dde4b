import { Button, Group, Paper, Table, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A chart with a table view of the same numbers (for screen readers, and for reading exact values). */
export function ChartCard(props: {
  id: string;
  title: string;
  help?: string;
  chart: ReactNode;
  columns: string[];
  rows: (string | number)[][];
  /** said in place of the chart while it has nothing to draw (what will appear, and when) */
  empty?: string | null;
}) {
  const { t } = useTranslation();
  const [asTable, setAsTable] = useState(false);
  return (
    <Paper withBorder p="md" data-testid={`chart-${props.id}`}>
      <Group justify="space-between" mb={4}>
        <Title order={4} id={`chart-${props.id}-title`}>
          {props.title}
        </Title>
        <Button size="compact-xs" variant="subtle" onClick={() => setAsTable((x) => !x)} aria-pressed={asTable}>
          {asTable ? t('portfolio.showChart') : t('portfolio.showTable')}
        </Button>
      </Group>
      {props.help && (
        <Text size="xs" c="dimmed" mb="xs">
          {props.help}
        </Text>
      )}
      {asTable ? (
        <div style={{ maxHeight: 320, overflow: 'auto' }}>
          <Table striped aria-labelledby={`chart-${props.id}-title`}>
            <Table.Thead>
              <Table.Tr>
                {props.columns.map((c) => (
                  <Table.Th key={c}>{c}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {props.rows.map((r, i) => (
                <Table.Tr key={i}>
                  {r.map((cell, j) => (
                    <Table.Td key={j}>{cell}</Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      ) : props.empty ? (
        <Text c="dimmed" size="sm" py="xl" ta="center" data-testid={`chart-${props.id}-empty`}>
          {props.empty}
        </Text>
      ) : (
        <div style={{ height: 260, position: 'relative' }} role="img" aria-labelledby={`chart-${props.id}-title`}>
          {props.chart}
        </div>
      )}
    </Paper>
  );
}
