import { Button, Group, NumberInput, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ValueSettingsView } from '@shared/contract/valuation';
import { journalKinds, type JournalKind } from '@shared/domain/journal-kinds';
import { ApiError } from '../../lib/api';
import { useFormat } from '../../lib/format';
import { useSaveActivityCatalogue } from './use-value-settings';

/** Standard minutes per journal kind: time-driven activity-based costing without a timesheet. */
export function ActivityCatalogue({ view, currency }: { view: ValueSettingsView; currency: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const save = useSaveActivityCatalogue();
  const [minutes, setMinutes] = useState<Record<JournalKind, number | string>>({ ...view.catalogue });
  const issue = (k: string) => {
    const e = save.error instanceof ApiError ? save.error.issues.find((i) => i.path === k) : undefined;
    return e ? t(e.message) : undefined;
  };
  return (
    <Paper withBorder p="md">
      <Title order={3} mb={4}>
        {t('value.settings.catalogue')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('value.settings.catalogueHelp', { rate: fmt.money(view.hourlyCostRateMinor, currency) })}
      </Text>
      <SimpleGrid cols={{ base: 2, sm: 4, md: 5 }}>
        {journalKinds.map((k) => (
          <NumberInput
            key={k}
            label={t(`journal.kinds.${k}`)}
            value={minutes[k]}
            onChange={(n) => setMinutes((m) => ({ ...m, [k]: n }))}
            min={0}
            max={1440}
            allowDecimal={false}
            suffix={` ${t('value.settings.minutes').toLowerCase()}`}
            error={issue(k)}
          />
        ))}
      </SimpleGrid>
      <Group justify="flex-end" mt="sm">
        <Button
          loading={save.isPending}
          onClick={() =>
            void save
              .mutateAsync(Object.fromEntries(journalKinds.map((k) => [k, Number(minutes[k])])) as Record<JournalKind, number>)
              .then(() => notifications.show({ message: t('value.settings.saved'), color: 'green' }))
              .catch(() => undefined)
          }
        >
          {t('value.settings.saveCatalogue')}
        </Button>
      </Group>
    </Paper>
  );
}
