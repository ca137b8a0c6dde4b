import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ClientValuationView } from '@shared/contract/valuation';
import { figureGroups as groups } from '@shared/domain/valuation';
import { figureLabelKey } from '@shared/domain/valuation-explain';
import { useFigureFormat } from './use-value';

/** Every figure with its "how is this computed", the actual numbers plugged in. */
export function Figures({ v }: { v: ClientValuationView }) {
  const { t } = useTranslation();
  const ff = useFigureFormat(v.currency);
  return (
    <Stack gap="md">
      {groups.map((g) => (
        <div key={g.key}>
          <Title order={5} mb={6}>
            {t(`value.groups.${g.key}`)}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
            {g.figures.map((name) => {
              const f = v.figures[name];
              const negative =
                f.value !== null &&
                f.value < 0 &&
                (name === 'margin' || name === 'keepAdvantage' || name === 'clv' || name === 'partingChange');
              return (
                <Paper key={name} withBorder p="sm" data-testid={`figure-${name}`}>
                  <Text size="xs" c="dimmed">
                    {t(figureLabelKey(name, f))}
                  </Text>
                  <Text fw={700} fz="lg" c={negative ? 'red' : undefined} data-testid={`figure-${name}-value`}>
                    {ff.value(f, t('state.noValue'))}
                  </Text>
                  {f.warning && (
                    <Text size="xs" c="orange" data-testid={`figure-${name}-warning`}>
                      {t(`value.warnings.${f.warning}`, ff.params(f.params))}
                    </Text>
                  )}
                  <details>
                    <summary style={{ cursor: 'pointer', fontSize: 12 }}>{t('value.howTitle')}</summary>
                    <Text size="xs" c="dimmed" mt={4}>
                      {t(`value.how.${f.how}`, ff.params(f.params, `value.how.${f.how}`))}
                    </Text>
                  </details>
                </Paper>
              );
            })}
          </SimpleGrid>
        </div>
      ))}
    </Stack>
  );
}
