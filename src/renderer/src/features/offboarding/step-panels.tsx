// What each step shows beside its form: the facts the owner decides on, tips and warnings
// from DOMAIN.md §3–4 (who must not deliver the news, ask first, act fast…).
import { Alert, Button, Group, List, Paper, SimpleGrid, Stack, Table, Text, TextInput, Timeline, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type ReactNode } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { OffboardingCaseView, UnpaidInvoice } from '@shared/contract/offboarding';
import { conflictedPerson } from '@shared/domain/offboarding/messenger';
import { majorToMinor, minorToMajor } from '@shared/domain/format';
import { ErrorAlert } from '../../lib/error-alert';
import { MoneyInput } from '../../lib/money-input';
import { useFormat } from '../../lib/format';
import { useSettings } from '../../lib/use-settings';
import type { StepForm } from './step-values';
import { ReportPreview } from './report-preview';
import { useCaseTimeline, useOffboardingCases, useRecordPayment } from './use-offboarding';

interface PanelProps {
  c: OffboardingCaseView;
  form: UseFormReturn<StepForm>;
}

function Tip({ children }: { children: ReactNode }) {
  return (
    <Alert color="blue" variant="light">
      {children}
    </Alert>
  );
}

function Warning({ children }: { children: ReactNode }) {
  return (
    <Alert color="orange" variant="light" role="alert">
      {children}
    </Alert>
  );
}

function ValuationCard({ c }: PanelProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const v = c.valuation;
  if (!v) return null;
  return (
    <Paper withBorder p="md" data-testid="valuation-snapshot">
      <Title order={5}>{t('offboarding.evaluate.snapshot')}</Title>
      <Text size="xs" c="dimmed" mb="xs">
        {t('offboarding.evaluate.computedAt', { date: fmt.dateTime(v.computedAt) })}
      </Text>
      <SimpleGrid cols={3}>
        <Stat label={t('offboarding.evaluate.revenue')} value={fmt.money(v.revenueMinor, v.currency)} />
        <Stat label={t('offboarding.evaluate.collected')} value={fmt.money(v.collectedMinor, v.currency)} />
        <Stat label={t('offboarding.evaluate.outstanding')} value={fmt.money(v.outstandingMinor, v.currency)} />
      </SimpleGrid>
      {v.recommendation && (
        <Text mt="xs">
          {t('offboarding.evaluate.recommendation')}:{' '}
          {t(`value.recommendation.action.${v.recommendation}`, { defaultValue: v.recommendation })}
        </Text>
      )}
    </Paper>
  );
}

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={600}>{value}</Text>
    </div>
  );
}

function MessengerWarning({ c, form }: PanelProps) {
  const { t } = useTranslation();
  const named = conflictedPerson(String(form.watch('messengerName') ?? ''), c.facts.incidentPeople);
  return (
    <>
      <Tip>{t('offboarding.tips.talkingPoints')}</Tip>
      {named && <Warning>{t('offboarding.warnings.messenger', { name: named })}</Warning>}
    </>
  );
}

function PaymentForm({ c, invoice }: { c: OffboardingCaseView; invoice: UnpaidInvoice }) {
  const { t } = useTranslation();
  const record = useRecordPayment();
  const [amount, setAmount] = useState<number | string>(minorToMajor(invoice.openMinor, invoice.currency));
  const [paidOn, setPaidOn] = useState(c.facts.today);
  return (
    <Group align="flex-end" gap="xs">
      <MoneyInput
        size="xs"
        label={t('offboarding.invoices.amount')}
        value={amount}
        onChange={setAmount}
        currency={invoice.currency}
        w={180}
      />
      <TextInput
        size="xs"
        type="date"
        label={t('offboarding.invoices.paidOn')}
        value={paidOn}
        onChange={(e) => setPaidOn(e.currentTarget.value)}
      />
      <Button
        size="xs"
        loading={record.isPending}
        onClick={async () => {
          await record.mutateAsync({
            caseId: c.id,
            invoiceId: invoice.id,
            amountMinor: majorToMinor(Number(amount), invoice.currency),
            paidOn,
          });
          notifications.show({ message: t('offboarding.invoices.paymentRecorded'), color: 'green', position: 'top-right' });
        }}
      >
        {t('offboarding.invoices.recordPayment')}
      </Button>
      {record.error ? <ErrorAlert error={record.error} /> : null}
    </Group>
  );
}

export function InvoicesPanel({ c }: { c: OffboardingCaseView }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const unpaid = c.facts.unpaid;
  return (
    <Paper withBorder p="md" data-testid="unpaid-invoices">
      <Title order={5} mb="xs">
        {t('offboarding.invoices.title')}
      </Title>
      {unpaid.length === 0 ? (
        <Text c="dimmed">{t('offboarding.invoices.none')}</Text>
      ) : (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('offboarding.invoices.number')}</Table.Th>
              <Table.Th>{t('offboarding.invoices.dueOn')}</Table.Th>
              <Table.Th>{t('offboarding.invoices.open')}</Table.Th>
              {c.status === 'open' && <Table.Th />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {unpaid.map((i) => (
              <Table.Tr key={i.id}>
                <Table.Td>{i.number}</Table.Td>
                <Table.Td>{fmt.date(i.dueOn)}</Table.Td>
                <Table.Td>{fmt.money(i.openMinor, i.currency)}</Table.Td>
                {c.status === 'open' && (
                  <Table.Td>
                    <PaymentForm c={c} invoice={i} />
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {unpaid.length > 0 && (
        <Text mt="xs" fw={600}>
          {t('offboarding.invoices.total', { amount: fmt.money(c.facts.unpaidMinor, unpaid[0]!.currency) })}
        </Text>
      )}
    </Paper>
  );
}

function TimelineReview({ c }: PanelProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const entries = useCaseTimeline(c.id);
  const days = c.facts.daysSinceCancellation;
  return (
    <>
      {days !== null && <Warning>{t('offboarding.warnings.actFast', { count: days })}</Warning>}
      <Tip>{t('offboarding.tips.timeline')}</Tip>
      <Paper withBorder p="md" mah={260} style={{ overflow: 'auto' }}>
        <Timeline bulletSize={10} lineWidth={2}>
          {entries.data?.map((e) => (
            <Timeline.Item key={e.id} title={e.summary}>
              <Text size="xs" c="dimmed">
                {fmt.dateTime(e.occurredAt)} · {t(`journal.kinds.${e.kind}`, { defaultValue: e.kind })}
              </Text>
            </Timeline.Item>
          ))}
        </Timeline>
      </Paper>
    </>
  );
}

/** "Better, call" (DOMAIN.md §4): what to say on the phone, before any letter is written. */
function CallPoints({ c }: PanelProps) {
  const { t } = useTranslation();
  const days = c.facts.daysSinceCancellation;
  const wrong = c.values['review']?.['whatWentWrong'];
  const points = [
    t('offboarding.callPoints.apologise'),
    typeof wrong === 'string' && wrong.trim()
      ? t('offboarding.callPoints.explain', { whatWentWrong: wrong.trim() })
      : t('offboarding.callPoints.explainPlain'),
    t('offboarding.callPoints.feelings'),
    t('offboarding.callPoints.ask'),
    t('offboarding.callPoints.stayInTouch'),
  ];
  return (
    <>
      {days !== null && <Warning>{t('offboarding.warnings.actFast', { count: days })}</Warning>}
      <Paper withBorder p="md" data-testid="call-points">
        <Title order={5}>{t('offboarding.callPoints.title')}</Title>
        <Text size="sm" mt={4}>
          {t('offboarding.callPoints.intro')}
        </Text>
        <List type="ordered" size="sm" mt="xs" spacing={4}>
          {points.map((p) => (
            <List.Item key={p}>{p}</List.Item>
          ))}
        </List>
        <Text size="xs" c="dimmed" mt="xs">
          {t('offboarding.callPoints.after')}
        </Text>
      </Paper>
    </>
  );
}

/** The unresponsive client's record (DOMAIN.md §1 sign 5): missed meetings and unanswered messages. */
function SilencePanel({ c }: PanelProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const entries = useCaseTimeline(c.id);
  const silent = (entries.data ?? []).filter((e) => e.kind === 'no_response' || e.kind === 'missed_meeting');
  return (
    <>
      <Tip>{t('offboarding.tips.silence')}</Tip>
      <Paper withBorder p="md" data-testid="silence-record">
        <Title order={5} mb="xs">
          {t('offboarding.silence.title')}
        </Title>
        {entries.data && silent.length === 0 && <Text c="dimmed">{t('offboarding.silence.none')}</Text>}
        {silent.slice(0, 20).map((e) => (
          <Text key={e.id} size="sm">
            {fmt.date(e.occurredAt)} · {t(`journal.kinds.${e.kind}`)}: {e.summary}
          </Text>
        ))}
      </Paper>
    </>
  );
}

/**
 * The contract's terms, where the app already knows some: the latest agreement of a "Reset
 * terms" case with this client fills the terms field (the owner edits it before saving).
 */
function ContractTerms({ c, form }: PanelProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const currency = useSettings().data?.profile?.currency ?? 'TRY';
  const cases = useOffboardingCases({ clientId: c.clientId, openOnly: false });
  const agreed = cases.data?.find((x) => x.path === 'reset_terms' && x.outcome === 'agreed');
  const terms = agreed?.values['new_terms'];
  const lines = terms
    ? [
        typeof terms['price'] === 'number' ? `${t('offboarding.fields.price')}: ${fmt.money(terms['price'], currency)}` : '',
        ...(['scope', 'responseTime', 'paymentDay'] as const).map((k) =>
          typeof terms[k] === 'string' && terms[k]
            ? `${t(`offboarding.recordFields.${k}`, { defaultValue: t(`offboarding.fields.${k}`) })}: ${terms[k]}`
            : '',
        ),
      ].filter(Boolean)
    : [];
  return (
    <Stack gap="xs">
      <Tip>{t('offboarding.tips.contract')}</Tip>
      {agreed && lines.length > 0 && (
        <Group>
          <Button
            size="xs"
            variant="light"
            onClick={() => form.setValue('contractTerms', lines.join('\n'), { shouldDirty: true })}
          >
            {t('offboarding.contractFromTerms', { date: fmt.date(agreed.completedAt ?? agreed.startedAt) })}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

/** The panel shown above a step's form, if any. */
export function StepPanel(p: PanelProps) {
  const { t } = useTranslation();
  const key = `${p.c.path}.${p.c.step}`;
  switch (key) {
    case 'part_ways.evaluate':
      return <ValuationCard {...p} />;
    case 'part_ways.messenger':
      return <MessengerWarning {...p} />;
    case 'part_ways.close':
      return <ReportPreview c={p.c} />;
    case 'part_ways.talking_points':
      return <Tip>{t('offboarding.tips.talkingPoints')}</Tip>;
    case 'part_ways.finances':
    case 'part_ways.handover':
    case 'collect_payment.reminder':
    case 'collect_payment.stop_work':
    case 'collect_payment.outcome':
      return <InvoicesPanel c={p.c} />;
    case 'collect_payment.invoices':
      return (
        <Stack>
          <Tip>{t('offboarding.tips.collect')}</Tip>
          <InvoicesPanel c={p.c} />
        </Stack>
      );
    case 'reset_terms.conversation':
    case 'reset_terms.concerns':
      return <Tip>{t('offboarding.tips.conversation')}</Tip>;
    case 'refer_elsewhere.fit':
    case 'refer_elsewhere.ask':
      return <Warning>{t('offboarding.warnings.referral')}</Warning>;
    case 'win_back.review':
      return <TimelineReview {...p} />;
    case 'win_back.call':
      return <CallPoints {...p} />;
    case 'win_back.outcome':
      return <Warning>{t('offboarding.warnings.winBack')}</Warning>;
    case 'win_back.lessons':
      return <Tip>{t('offboarding.tips.lessons')}</Tip>;
    case 'silence_delays.waiting':
      return <SilencePanel {...p} />;
    case 'impossible_demands.demands':
      return <Tip>{t('offboarding.tips.demands')}</Tip>;
    case 'impossible_demands.contract':
      return <ContractTerms {...p} />;
    default:
      return null;
  }
}
