import { Button, Grid, Group, List, Paper, Slider, Stack, Table, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Client } from '@shared/contract/clients';
import { noWhatIf, type WhatIf } from '@shared/domain/valuation';
import { offboardingActions } from '@shared/domain/valuation-recommendation';
import { ErrorAlert } from '../../lib/error-alert';
import { useFormat } from '../../lib/format';
import { DeliveryHours } from './delivery-hours';
import { Figures } from './figures';
import { OtherCurrencies } from './other-currencies';
import { RedFlags } from './red-flags';
import { useClientLedger, useClientValuation, useFigureFormat } from './use-value';

const actionColor = {
  screen: 'gray',
  former: 'gray',
  too_early: 'gray',
  keep: 'green',
  reset_terms: 'blue',
  collect_first: 'orange',
  refer_elsewhere: 'grape',
  part_ways: 'red',
} as const;

/** "Is this client worth keeping?": figures, what-if, red flags and a recommendation, each explained. */
export function ValueTab({ client }: { client: Client }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [whatIf, setWhatIf] = useState<WhatIf>(noWhatIf);
  const [debounced] = useDebouncedValue(whatIf, 120);
  const valuation = useClientValuation(client.id, debounced);
  const ledger = useClientLedger(client.id);
  const v = valuation.data;
  const ff = useFigureFormat(v?.currency ?? 'TRY');
  if (valuation.error) return <ErrorAlert error={valuation.error} onRetry={() => void valuation.refetch()} />;
  if (!v) return null;
  const isWhatIf = whatIf.pricePct !== 0 || whatIf.timePct !== 0 || whatIf.daysLateChange !== 0;
  const sliders = [
    { key: 'pricePct', label: t('value.whatIf.price'), min: -50, max: 100, step: 5, percent: true },
    { key: 'timePct', label: t('value.whatIf.time'), min: -50, max: 100, step: 5, percent: true },
    { key: 'daysLateChange', label: t('value.whatIf.daysLate'), min: -60, max: 60, step: 5, percent: false },
  ] as const;
  // a change, with its sign, in the language's own percent style (+20% / +%20)
  const change = (n: number, percent: boolean) => (percent ? fmt.signedPercent(n / 100) : `${n > 0 ? '+' : ''}${fmt.number(n)}`);

  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t('value.windowLabel', {
          from: fmt.date(v.window.from),
          to: fmt.date(v.window.to),
          months: fmt.number(v.activeMonths, 1),
          count: v.activeMonths,
        })}
      </Text>
      <Paper withBorder p="md" data-testid="recommendation">
        <Group justify="space-between" align="flex-start">
          <div>
            <Text size="xs" c="dimmed">
              {t('value.recommendation.title')}
            </Text>
            <Title order={3} c={actionColor[v.recommendation.action]} data-testid="recommendation-action">
              {t(`value.recommendation.action.${v.recommendation.action}`)}
            </Title>
          </div>
          {offboardingActions.includes(v.recommendation.action) && (
            <Button component={Link} to={`/offboarding?client=${v.clientId}&path=${v.recommendation.action}`} variant="light">
              {t('value.recommendation.start')}
            </Button>
          )}
        </Group>
        <List size="sm" mt="xs">
          {v.recommendation.reasons.map((r) => (
            <List.Item key={r.key}>{t(`value.reasons.${r.key}`, ff.params(r.params, `value.reasons.${r.key}`))}</List.Item>
          ))}
        </List>
        <Text size="xs" c="dimmed" mt="xs">
          {t('value.recommendation.advice')}
        </Text>
      </Paper>

      <Paper withBorder p="md">
        <Group justify="space-between" mb="xs">
          <Title order={4}>{t('value.whatIf.title')}</Title>
          <Button size="xs" variant="default" disabled={!isWhatIf} onClick={() => setWhatIf(noWhatIf)}>
            {t('value.whatIf.reset')}
          </Button>
        </Group>
        <Grid>
          {sliders.map((s) => (
            <Grid.Col key={s.key} span={{ base: 12, sm: 4 }}>
              <Text size="sm" id={`whatif-${s.key}`}>
                {s.label}: {change(whatIf[s.key], s.percent)}
              </Text>
              <Slider
                min={s.min}
                max={s.max}
                step={s.step}
                value={whatIf[s.key]}
                onChange={(n) => setWhatIf((w) => ({ ...w, [s.key]: n }))}
                thumbLabel={s.label}
                label={(n) => change(n, s.percent)}
                aria-labelledby={`whatif-${s.key}`}
              />
            </Grid.Col>
          ))}
        </Grid>
        {isWhatIf && (
          <Text size="xs" c="orange" mt="xs">
            {t('value.whatIf.active')}
          </Text>
        )}
      </Paper>

      <Grid>
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="md">
            <OtherCurrencies v={v} />
            <Figures v={v} />
          </Stack>
          <DeliveryHours
            key={`${v.clientId}:${v.deliveryHoursPerMonth}`}
            clientId={v.clientId}
            hoursPerMonth={v.deliveryHoursPerMonth}
          />
          {v.costByKind.length > 0 && (
            <Paper withBorder p="md" mt="md">
              <Title order={5} mb="xs">
                {t('value.costByKind')}
              </Title>
              <Table aria-label={t('value.costByKind')}>
                <Table.Thead>
                  <Table.Tr>
                    {(['kind', 'entries', 'minutes', 'cost'] as const).map((c) => (
                      <Table.Th key={c}>{t(`value.costColumns.${c}`)}</Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {v.costByKind.map((k) => (
                    <Table.Tr key={k.kind}>
                      <Table.Td>{t(`journal.kinds.${k.kind}`)}</Table.Td>
                      <Table.Td>{fmt.number(k.entries)}</Table.Td>
                      <Table.Td>{fmt.number(Math.round(k.minutes))}</Table.Td>
                      <Table.Td>{fmt.money(k.costMinor, v.currency)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Paper>
          )}
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <RedFlags v={v} ledger={ledger.data} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
