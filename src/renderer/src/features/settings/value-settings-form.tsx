import { Button, Group, NumberInput, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ValueSettingsView } from '@shared/contract/valuation';
import { majorToMinor, minorToMajor } from '@shared/domain/format';
import { redFlagSigns, type RedFlagSign } from '@shared/domain/red-flags';
import type { ValuationSettings } from '@shared/domain/valuation';
import { ApiError } from '../../lib/api';
import { ErrorAlert } from '../../lib/error-alert';
import { useFormat } from '../../lib/format';
import { MoneyInput } from '../../lib/money-input';
import { useSaveValuationSettings } from './use-value-settings';

type Pct = number | string;
const pct = (r: number) => Math.round(r * 1000) / 10;
const ratio = (p: Pct) => (p === '' ? Number.NaN : Number(p) / 100);

/** Window, lifetime value inputs and health weights. Validated by the contract's schema in main. */
export function ValueSettingsForm({ view, currency }: { view: ValueSettingsView; currency: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const save = useSaveValuationSettings();
  const v = view.valuation;
  const [windowMonths, setWindow] = useState<Pct>(v.windowMonths);
  const [retention, setRetention] = useState<Pct>(v.retentionProbability === null ? '' : pct(v.retentionProbability));
  const [discount, setDiscount] = useState<Pct>(pct(v.discountRate));
  const [cac, setCac] = useState<Pct>(minorToMajor(v.defaultCacMinor, currency));
  const [months, setMonths] = useState<Pct>(v.monthsToReplace);
  const [target, setTarget] = useState<Pct>(pct(v.targetMarginPct));
  const [smallLoss, setSmallLoss] = useState<Pct>(pct(v.smallLossPct));
  const [refill, setRefill] = useState<Pct>(pct(v.refillShare));
  const [weights, setWeights] = useState<Record<RedFlagSign, Pct>>(
    Object.fromEntries(redFlagSigns.map((s) => [s, pct(v.healthWeights[s])])) as Record<RedFlagSign, Pct>,
  );
  const issue = (path: string) => {
    const e = save.error instanceof ApiError ? save.error.issues.find((i) => i.path === path) : undefined;
    return e ? t(e.message) : undefined;
  };
  const submit = async () => {
    const input: ValuationSettings = {
      windowMonths: Number(windowMonths),
      retentionProbability: retention === '' ? null : ratio(retention),
      discountRate: ratio(discount),
      defaultCacMinor: majorToMinor(cac === '' ? 0 : Number(cac), currency),
      monthsToReplace: Number(months),
      targetMarginPct: ratio(target),
      smallLossPct: ratio(smallLoss),
      refillShare: ratio(refill),
      healthWeights: Object.fromEntries(redFlagSigns.map((s) => [s, ratio(weights[s])])) as Record<RedFlagSign, number>,
    };
    await save.mutateAsync(input);
    notifications.show({ message: t('value.settings.saved'), color: 'green' });
  };
  const observed = view.observedRetention === null ? t('value.settings.retentionUnknown') : fmt.percent(view.observedRetention);
  return (
    <Paper withBorder p="md">
      <Title order={3} mb={4}>
        {t('value.settings.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('value.settings.help')}
      </Text>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NumberInput
            label={t('value.settings.windowMonths')}
            value={windowMonths}
            onChange={setWindow}
            min={1}
            max={60}
            error={issue('windowMonths')}
          />
          <NumberInput
            label={t('value.settings.retention')}
            description={t('value.settings.retentionHint', { observed })}
            value={retention}
            onChange={setRetention}
            min={0}
            max={100}
            error={issue('retentionProbability')}
          />
          <NumberInput
            label={t('value.settings.discountRate')}
            value={discount}
            onChange={setDiscount}
            min={0}
            max={100}
            error={issue('discountRate')}
          />
          <MoneyInput
            label={t('value.settings.defaultCac')}
            value={cac}
            onChange={setCac}
            currency={currency}
            error={issue('defaultCacMinor')}
          />
          <NumberInput
            label={t('value.settings.monthsToReplace')}
            value={months}
            onChange={setMonths}
            min={0}
            max={60}
            error={issue('monthsToReplace')}
          />
          <NumberInput
            label={t('value.settings.targetMargin')}
            value={target}
            onChange={setTarget}
            min={0}
            max={100}
            error={issue('targetMarginPct')}
          />
          <NumberInput
            label={t('value.settings.smallLoss')}
            description={t('value.settings.smallLossHint')}
            value={smallLoss}
            onChange={setSmallLoss}
            min={0}
            max={100}
            error={issue('smallLossPct')}
          />
          <NumberInput
            label={t('value.settings.refillShare')}
            description={t('value.settings.refillShareHint')}
            value={refill}
            onChange={setRefill}
            min={0}
            max={100}
            error={issue('refillShare')}
          />
        </SimpleGrid>
        <Title order={5}>{t('value.settings.weights')}</Title>
        <Text size="xs" c="dimmed">
          {t('value.settings.weightsHelp')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 5 }}>
          {redFlagSigns.map((s) => (
            <NumberInput
              key={s}
              label={t(`value.signs.${s}`)}
              value={weights[s]}
              onChange={(n) => setWeights((w) => ({ ...w, [s]: n }))}
              min={0}
              max={100}
              {...fmt.percentAffixes()}
              error={issue(`healthWeights.${s}`)}
            />
          ))}
        </SimpleGrid>
        {save.error && !(save.error instanceof ApiError && save.error.code === 'VALIDATION') ? (
          <ErrorAlert error={save.error} />
        ) : null}
        <Group justify="flex-end">
          <Button onClick={() => void submit().catch(() => undefined)} loading={save.isPending}>
            {t('value.settings.saveValuation')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
