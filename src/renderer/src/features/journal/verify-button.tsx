import { Alert, Button, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../lib/error-alert';
import { useFormat } from '../../lib/format';
import { useClientChoices, useVerification } from './use-journal';

/** Recomputes every hash chain and file fingerprint in main, showing progress; names the first bad entry. */
export function VerifyJournal({ clientId, onOpen }: { clientId: number | null; onOpen?: (entryId: number) => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { start, job, error } = useVerification(clientId);
  const clients = useClientChoices();
  const running = job?.state === 'running';
  const r = job?.result;
  const f = r?.failure;
  return (
    <Stack gap="xs">
      <Button variant="light" onClick={() => void start()} loading={running} w="fit-content">
        {t('journal.verify.button')}
      </Button>
      {running && (
        <>
          <Progress value={job.entriesTotal ? (100 * job.entriesChecked) / job.entriesTotal : 0} animated />
          <Text size="xs" c="dimmed">
            {t('journal.verify.running', {
              checked: fmt.number(job.entriesChecked),
              total: fmt.number(job.entriesTotal),
              count: job.entriesTotal,
            })}
          </Text>
        </>
      )}
      {r?.ok && (
        <Alert color="green" data-testid="verify-result">
          {t('journal.verify.intact', {
            entries: fmt.number(r.entriesChecked),
            clients: fmt.number(r.clientsChecked),
            attachments: fmt.number(r.attachmentsChecked),
          })}
        </Alert>
      )}
      {f && (
        <Alert color="red" data-testid="verify-result" role="alert">
          <Text fw={700}>
            {t('journal.verify.broken', {
              seq: f.seq,
              client: clients.find((c) => c.id === f.clientId)?.name ?? `#${f.clientId}`,
            })}
          </Text>
          <Text size="sm">{t(`journal.verify.reasons.${f.reason}`)}</Text>
          {f.entryId !== null && onOpen && (
            <Button size="compact-sm" variant="white" color="red" mt="xs" onClick={() => onOpen(f.entryId!)}>
              {t('journal.verify.openEntry', { seq: f.seq })}
            </Button>
          )}
        </Alert>
      )}
      {job?.state === 'failed' && <Alert color="red">{t('journal.verify.failed', { error: job.error })}</Alert>}
      {error ? <ErrorAlert error={error} /> : null}
    </Stack>
  );
}
