import { Alert, Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { VerifyAgainstResult } from '@shared/contract/reports';
import type { ChainStanding } from '@shared/domain/journal-receipt';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { EmptyState } from '../../lib/empty-state';
import { ErrorAlert } from '../../lib/error-alert';
import { useFormat } from '../../lib/format';
import { useCheckAgainstReceipt, useMakeReceipt, useReceiptReminder, useReceipts } from './use-safety';

const standingColor: Record<ChainStanding, string> = {
  intact: 'green',
  appended: 'blue',
  changed: 'red',
  cut_off: 'red',
  missing: 'red',
};

/** The per-client report of a check against a receipt or dossier: intact … missing. */
function CheckResult({ result }: { result: Extract<VerifyAgainstResult, { status: 'checked' }> }) {
  const { t } = useTranslation();
  const document = t(`safety.receipts.result.${result.document}`);
  return (
    <Alert
      color={result.ok ? 'green' : 'red'}
      role={result.ok ? 'status' : 'alert'}
      data-testid="receipt-check"
      title={result.ok ? t('safety.receipts.result.ok', { document }) : t('safety.receipts.result.failed', { document })}
    >
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('safety.receipts.result.client')}</Table.Th>
            <Table.Th>{t('safety.receipts.result.then')}</Table.Th>
            <Table.Th>{t('safety.receipts.result.now')}</Table.Th>
            <Table.Th>{t('safety.receipts.result.standing')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {result.standings.map((c) => (
            <Table.Tr key={c.clientId}>
              <Table.Td>{c.clientName ? `${c.clientName} (#${c.clientId})` : `#${c.clientId}`}</Table.Td>
              <Table.Td>#{c.dossierSeq}</Table.Td>
              <Table.Td>{c.liveSeq === null ? '—' : `#${c.liveSeq}`}</Table.Td>
              <Table.Td>
                <Badge color={standingColor[c.standing]} variant="light">
                  {t(`safety.receipts.standing.${c.standing}`)}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Alert>
  );
}

/**
 * The reminder, where the owner looks first (placed on the dashboard by app/routes, with `link`
 * to the Journal receipts view of Settings).
 */
export function ReceiptReminder({ link = false }: { link?: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  const reminder = useReceiptReminder();
  const r = reminder.data;
  if (!r?.due) return null;
  return (
    <Alert color="yellow" title={t('safety.receipts.reminder.title')} data-testid="receipt-reminder">
      {r.lastAt ? t('safety.receipts.reminder.text', { since: f.dateTime(r.lastAt) }) : t('safety.receipts.reminder.never')}
      {link && (
        <Group mt="xs">
          <Button component={Link} to="/settings/receipts" size="xs" variant="light" color="yellow">
            {t('safety.receipts.reminder.open')}
          </Button>
        </Group>
      )}
    </Alert>
  );
}

/** Settings → Data safety → Journal receipts: make one, check against one, every one made. */
export function ReceiptsSection() {
  const { t } = useTranslation();
  const f = useFormat();
  const receipts = useReceipts();
  const make = useMakeReceipt();
  const check = useCheckAgainstReceipt();
  const [result, setResult] = useState<VerifyAgainstResult | null>(null);

  const onMake = () =>
    make.mutate(undefined, {
      onSuccess: (r) => {
        if (r.status === 'saved') notifications.show({ color: 'green', message: t('safety.receipts.made', { path: r.path }) });
        if (r.status === 'verification_failed')
          notifications.show({ color: 'red', message: t('safety.receipts.notMade', { ...r.failure }) });
      },
    });
  const onCheck = () => {
    setResult(null);
    check.mutate(
      { source: 'pick' },
      {
        onSuccess: (r) => {
          setResult(r);
          // the check may have found what the list does not know yet (a change behind the app's back)
          void receipts.refetch();
        },
      },
    );
  };

  return (
    <Stack data-testid="receipts">
      <Title order={4}>{t('safety.receipts.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('safety.receipts.intro')}
      </Text>
      <ReceiptReminder />
      <Group>
        <Button onClick={onMake} loading={make.isPending}>
          {t('safety.receipts.make')}
        </Button>
        <Button variant="default" onClick={onCheck} loading={check.isPending}>
          {t('safety.receipts.check')}
        </Button>
      </Group>
      {make.error && <ErrorAlert error={make.error} />}
      {check.error && <ErrorAlert error={check.error} />}
      {result?.status === 'no_manifest' && (
        <Alert color="yellow" role="alert">
          {t('safety.receipts.notReceipt')}
        </Alert>
      )}
      {result?.status === 'checked' && <CheckResult result={result} />}
      {receipts.error && <ErrorAlert error={receipts.error} onRetry={() => void receipts.refetch()} />}
      {receipts.data && receipts.data.receipts.length === 0 && (
        <EmptyState title={t('safety.receipts.none')}>{t('safety.receipts.noneHint')}</EmptyState>
      )}
      {receipts.data && receipts.data.receipts.length > 0 && (
        <>
          <Table striped data-testid="receipt-list">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('safety.receipts.col.made')}</Table.Th>
                <Table.Th>{t('safety.receipts.col.file')}</Table.Th>
                <Table.Th>{t('safety.receipts.col.clients')}</Table.Th>
                <Table.Th>{t('safety.receipts.col.check')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {receipts.data.receipts.map((r) => (
                <Table.Tr key={r.receiptId}>
                  <Table.Td>{f.dateTime(r.createdAt)}</Table.Td>
                  <Table.Td>{r.fileName}</Table.Td>
                  <Table.Td>{f.number(r.clients)}</Table.Td>
                  <Table.Td>
                    <Badge color={r.ok ? 'green' : 'red'} variant="light" mr="xs">
                      {r.ok ? t('safety.receipts.ok') : t('safety.receipts.notOk')}
                    </Badge>
                    <Text span size="xs" c="dimmed">
                      {t('safety.receipts.summary', r.counts)}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Text size="xs" c="dimmed">
            {t('safety.receipts.listNote')}
          </Text>
        </>
      )}
    </Stack>
  );
}
