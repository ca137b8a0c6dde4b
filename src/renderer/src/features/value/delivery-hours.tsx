import { Button, Group, NumberInput, Paper } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, useApiMutation } from '../../lib/api';
import { ErrorAlert } from '../../lib/error-alert';

/**
 * The owner's estimate of delivery work for this client (hours a month): the work the journal
 * does not log. Costed at the hourly cost rate, in the cost to serve and in the capacity covered.
 */
export function DeliveryHours({ clientId, hoursPerMonth }: { clientId: number; hoursPerMonth: number }) {
  const { t } = useTranslation();
  const save = useApiMutation('saveDeliveryHours');
  const [hours, setHours] = useState<number | string>(hoursPerMonth);
  const issue = save.error instanceof ApiError ? save.error.issues.find((i) => i.path === 'hoursPerMonth') : undefined;
  const submit = async () => {
    await save.mutateAsync({ clientId, hoursPerMonth: hours === '' ? 0 : Number(hours) });
    notifications.show({ message: t('value.settings.deliverySaved'), color: 'green' });
  };
  return (
    <Paper withBorder p="md" mt="md">
      <Group align="flex-end">
        <NumberInput
          label={t('value.settings.deliveryHours')}
          description={t('value.settings.deliveryHoursHint')}
          value={hours}
          onChange={setHours}
          min={0}
          max={744}
          decimalScale={1}
          error={issue ? t(issue.message) : undefined}
          style={{ flex: 1 }}
        />
        <Button onClick={() => void submit().catch(() => undefined)} loading={save.isPending}>
          {t('actions.save')}
        </Button>
      </Group>
      {save.error && !(save.error instanceof ApiError && save.error.code === 'VALIDATION') ? (
        <ErrorAlert error={save.error} />
      ) : null}
    </Paper>
  );
}
