import { Anchor, Badge, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ClientValuationView } from '@shared/contract/valuation';
import type { Ledger } from '@shared/contract/money';
import { formatFlagParams } from '@shared/domain/valuation-explain';
import { useFormat } from '../../lib/format';

const levelColor = { none: 'gray', note: 'yellow', flag: 'red' } as const;
const bandColor = { green: 'green', amber: 'yellow', red: 'red' } as const;

/** The ten signs, each with its score, its reasoning and links to the records behind it. */
export function RedFlags({ v, ledger }: { v: ClientValuationView; ledger: Ledger | undefined }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const invoice = (id: number) => ledger?.invoices.find((i) => i.id === id);
  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb="xs">
        <Title order={4}>{t('value.flags.title')}</Title>
        <Badge size="lg" color={bandColor[v.health.band]} data-testid="health">
          {t('value.flags.health')}: {v.health.score}/100 · {t(`value.flags.band.${v.health.band}`)}
        </Badge>
      </Group>
      <Text size="xs" c="dimmed" mb="sm">
        {t('value.flags.patternHelp')}
      </Text>
      <Stack gap="sm">
        {v.flags.map((f) => (
          <div key={f.sign} data-testid={`flag-${f.sign}`}>
            <Group justify="space-between" gap="xs">
              <Text fw={f.level === 'flag' ? 700 : 400}>{t(`value.signs.${f.sign}`)}</Text>
              <Badge color={levelColor[f.level]} variant={f.level === 'flag' ? 'filled' : 'light'}>
                {t(`value.flags.level.${f.level}`)}
              </Badge>
            </Group>
            <Progress value={f.score * 100} color={levelColor[f.level]} size="sm" aria-label={t(`value.signs.${f.sign}`)} />
            {f.level !== 'none' && (
              <Text size="xs" c="dimmed">
                {t(`value.flags.how.${f.how}`, formatFlagParams(f.params, fmt.lang, `value.flags.how.${f.how}`))}
              </Text>
            )}
            {(f.invoiceIds.length > 0 || f.entryIds.length > 0) && (
              <Group gap={6} mt={2}>
                <Text size="xs">{t('value.flags.evidence')}:</Text>
                {f.invoiceIds.map((id) => {
                  const inv = invoice(id);
                  return (
                    <Anchor
                      key={`i${id}`}
                      size="xs"
                      component={Link}
                      to={`/clients/${v.clientId}?tab=money&invoice=${id}`}
                      data-testid={`evidence-invoice-${id}`}
                    >
                      {t('value.flags.invoice', { number: inv?.number ?? id })}
                      {f.sign === 'pays_late' && inv && inv.standing.daysLate > 0
                        ? ` (${t('money.daysLate', { count: inv.standing.daysLate })})`
                        : ''}
                    </Anchor>
                  );
                })}
                {f.entryIds.slice(0, 12).map((id) => (
                  <Anchor
                    key={`e${id}`}
                    size="xs"
                    component={Link}
                    to={`/journal?client=${v.clientId}&entry=${id}`}
                    data-testid={`evidence-entry-${id}`}
                  >
                    {t('value.flags.entry', { seq: v.entrySeqs[id] ?? '?' })}
                  </Anchor>
                ))}
                {f.entryIds.length > 12 && <Text size="xs">+{fmt.number(f.entryIds.length - 12)}</Text>}
              </Group>
            )}
            {f.sign === 'pays_late' && v.trend && (
              <Paper withBorder p={6} mt={4} data-testid="trend">
                <Text size="xs" fw={700} c="orange">
                  {t('value.flags.trend.title')}
                </Text>
                <Text size="xs">
                  {t('value.flags.trend.how', {
                    count: v.trend.invoiceIds.length,
                    days: v.trend.daysLate.map((d) => fmt.number(d)).join(' → '),
                  })}
                </Text>
                <Group gap={6}>
                  {v.trend.invoiceIds.map((id) => (
                    <Anchor
                      key={id}
                      size="xs"
                      component={Link}
                      to={`/clients/${v.clientId}?tab=money&invoice=${id}`}
                      data-testid={`trend-invoice-${id}`}
                    >
                      {t('value.flags.invoice', { number: invoice(id)?.number ?? id })}
                    </Anchor>
                  ))}
                </Group>
              </Paper>
            )}
          </div>
        ))}
      </Stack>
    </Paper>
  );
}
