import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { OffboardingCaseView } from '@shared/contract/offboarding';
import { useFormat } from '../../lib/format';
import { ExportButtons } from './export-buttons';
import { ReportPreview } from './report-preview';

export function CaseFinished({ c }: { c: OffboardingCaseView }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Paper withBorder p="md" mt="md" data-testid="case-finished">
      <Stack>
        <Title order={3}>{c.status === 'abandoned' ? t('offboarding.status.abandoned') : t('offboarding.finished.title')}</Title>
        {c.outcome && <Text>{t('offboarding.finished.outcome', { outcome: t(`offboarding.outcomes.${c.outcome}`) })}</Text>}
        {c.completedAt && <Text c="dimmed">{t('offboarding.completedOn', { date: fmt.dateTime(c.completedAt) })}</Text>}
        {c.escalatedToCaseId !== null && (
          <Group>
            <Text>{t('offboarding.finished.escalated')}</Text>
            <Button component={Link} to={`/offboarding/cases/${c.escalatedToCaseId}`}>
              {t('offboarding.actions.escalate')}
            </Button>
          </Group>
        )}
        {c.path === 'part_ways' && c.status === 'completed' ? <ReportPreview c={c} /> : <ExportButtons c={c} />}
        <Anchor component={Link} to={`/clients/${c.clientId}`}>
          ← {c.clientName}
        </Anchor>
      </Stack>
    </Paper>
  );
}
