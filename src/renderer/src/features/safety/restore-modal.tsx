import { Alert, Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import type { RestorePreview, RestoreResult } from '@shared/contract/safety';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../lib/error-alert';
import { useFormat } from '../../lib/format';
import { useRestore } from './use-safety';

const rows = ['clients', 'invoices', 'journal_entries'] as const;

/** Preview (date, counts, check result) and the confirmation before a restore. */
export function RestoreModal({
  preview,
  onClose,
  onRestored,
}: {
  preview: RestorePreview | null;
  onClose: () => void;
  onRestored: (r: RestoreResult) => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const restore = useRestore();
  if (!preview) return null;
  const v = preview.verification;
  const label = (k: (typeof rows)[number]) =>
    k === 'clients' ? t('nav.clients') : k === 'journal_entries' ? t('nav.journal') : t('safety.restore.invoices');
  return (
    <Modal opened onClose={onClose} title={t('safety.restore.title')} size="lg">
      <Stack>
        <Table>
          <Table.Tbody>
            <Table.Tr>
              <Table.Th>{t('safety.restore.file')}</Table.Th>
              <Table.Td colSpan={2}>{preview.name}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>{t('safety.restore.made')}</Table.Th>
              <Table.Td colSpan={2}>{preview.createdAt ? f.dateTime(preview.createdAt) : t('state.noValue')}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>{t('safety.restore.newest')}</Table.Th>
              <Table.Td colSpan={2}>{preview.newestRecordAt ? f.dateTime(preview.newestRecordAt) : t('state.noValue')}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th />
              <Table.Th>{t('safety.restore.contents')}</Table.Th>
              <Table.Th>{preview.currentCounts ? t('safety.restore.current') : ''}</Table.Th>
            </Table.Tr>
            {rows.map((k) => (
              <Table.Tr key={k} data-testid={`restore-count-${k}`}>
                <Table.Th>{label(k)}</Table.Th>
                <Table.Td>{f.number(preview.counts[k] ?? 0)}</Table.Td>
                <Table.Td>{preview.currentCounts ? f.number(preview.currentCounts[k] ?? 0) : ''}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {v.ok ? (
          <Alert color="green">
            {v.journal
              ? t('safety.restore.ok', { entries: f.number(v.journal.entriesChecked), count: v.journal.entriesChecked })
              : t('safety.restore.okNoJournal')}
          </Alert>
        ) : (
          <Alert color="red" role="alert">
            {t('safety.restore.failed', { problem: v.detail ?? v.problem ?? '' })}
          </Alert>
        )}
        {v.ok && <Text size="sm">{t('safety.restore.wayBack')}</Text>}
        {restore.error && <ErrorAlert error={restore.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('actions.cancel')}
          </Button>
          <Button
            color="red"
            disabled={!preview.canRestore}
            loading={restore.isPending}
            onClick={() => restore.mutate(preview.token, { onSuccess: onRestored })}
          >
            {t('safety.restore.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
