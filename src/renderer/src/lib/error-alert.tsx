import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from './api';

/** Shows a failed call in the owner's language; the technical message only as a detail. */
export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const code = error instanceof ApiError ? error.code : 'INTERNAL';
  const detail = error instanceof Error ? error.message : String(error);
  return (
    <Alert color="red" title={t('state.errorTitle')} role="alert">
      <Text size="sm">{t(`errors.${code}`)}</Text>
      {code !== 'VALIDATION' && (
        <Text size="xs" c="dimmed" mt={4}>
          {detail}
        </Text>
      )}
      {onRetry && (
        <Group mt="sm">
          <Button size="xs" variant="light" onClick={onRetry}>
            {t('actions.retry')}
          </Button>
        </Group>
      )}
    </Alert>
  );
}

export function errorMessage(t: (k: string) => string, error: unknown): string {
  const code = error instanceof ApiError ? error.code : 'INTERNAL';
  return t(`errors.${code}`);
}
