import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from './api';

/** The catalogue key of a failed call's sentence: the error's own (details.messageKey) when it names one, else its code's. */
function messageKeyOf(error: unknown): string {
  if (!(error instanceof ApiError)) return 'errors.INTERNAL';
  const own = error.details?.['messageKey'];
  return typeof own === 'string' && own.startsWith('errors.') ? own : `errors.${error.code}`;
}

/** Shows a failed call in the owner's language; the technical message only as a detail. */
export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const code = error instanceof ApiError ? error.code : 'INTERNAL';
  const detail = error instanceof Error ? error.message : String(error);
  return (
    <Alert color="red" title={t('state.errorTitle')} role="alert">
      <Text size="sm">{t(messageKeyOf(error))}</Text>
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
  return t(messageKeyOf(error));
}
