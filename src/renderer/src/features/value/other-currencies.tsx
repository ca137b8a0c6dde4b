import { Button, Group, NumberInput, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientValuationView } from '@shared/contract/valuation';
import { otherCurrencyLine, type OtherCurrency } from '@shared/domain/conversion';
import { ErrorAlert } from '../../lib/error-alert';
import { useApiMutation } from '../../lib/api';
import { useFormat } from '../../lib/format';

/** What the window holds in other currencies: left out, or counted at the owner's dated rate (conversion.ts). */
export function OtherCurrencies({ v }: { v: ClientValuationView }) {
  const { t } = useTranslation();
  if (v.otherCurrencies.length === 0) return null;
  return (
    <Paper withBorder p="md" data-testid="other-currencies">
      <Title order={5} mb={4}>
        {t('value.currencies.title')}
      </Title>
      <Text size="xs" c="dimmed" mb="xs">
        {t('value.currencies.help', { home: v.currency })}
      </Text>
      <Stack gap="sm">
        {v.otherCurrencies.map((o) => (
          <CurrencyRow key={o.currency} o={o} home={v.currency} asOf={v.window.to} />
        ))}
      </Stack>
    </Paper>
  );
}

function CurrencyRow({ o, home, asOf }: { o: OtherCurrency; home: string; asOf: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const save = useApiMutation('saveConversionRate');
  const [rate, setRate] = useState<number | string>(o.rate?.rate ?? '');
  const [on, setOn] = useState(o.rate?.on ?? asOf);
  const line = otherCurrencyLine(o, home, fmt.lang);
  return (
    <div data-testid={`currency-${o.currency}`}>
      <Text size="sm" fw={o.rate ? 400 : 700} c={o.rate ? undefined : 'orange'}>
        {t(line.key, line.params)}
      </Text>
      <Group gap="xs" align="flex-end" mt={4}>
        <NumberInput
          size="xs"
          label={t('value.currencies.rate', { currency: o.currency, home })}
          value={rate}
          onChange={setRate}
          min={0}
          decimalScale={6}
          w={160}
        />
        <TextInput
          size="xs"
          type="date"
          label={t('value.currencies.on')}
          value={on}
          onChange={(e) => setOn(e.currentTarget.value)}
          w={150}
        />
        <Button
          size="xs"
          disabled={typeof rate !== 'number' || rate <= 0 || !on}
          loading={save.isPending}
          onClick={() => typeof rate === 'number' && save.mutate({ currency: o.currency, rate, on })}
        >
          {t('value.currencies.include')}
        </Button>
        {o.rate && (
          <Button size="xs" variant="default" onClick={() => save.mutate({ currency: o.currency, rate: null, on })}>
            {t('value.currencies.remove')}
          </Button>
        )}
      </Group>
      {save.error && <ErrorAlert error={save.error} />}
    </div>
  );
}
