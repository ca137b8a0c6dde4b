import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../lib/error-alert';
import { useFormat } from '../../lib/format';
import { useLessonsLearned } from './use-offboarding';

const outcomeColor: Record<string, string> = { won_back: 'green', staying_in_touch: 'blue', closed: 'gray' };

/** The portfolio's "lessons learned": what each win-back case taught (DOMAIN.md §4), newest first. */
export function LessonsPanel() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const q = useLessonsLearned();
  if (q.error) return <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />;
  if (!q.data) return null;
  return (
    <Paper withBorder p="md" data-testid="lessons-learned">
      <Title order={4}>{t('offboarding.lessons.title')}</Title>
      <Text size="xs" c="dimmed" mb="xs">
        {t('offboarding.lessons.help')}
      </Text>
      {q.data.length === 0 ? (
        <Text c="dimmed">{t('offboarding.lessons.none')}</Text>
      ) : (
        <Stack gap="sm">
          {q.data.slice(0, 20).map((l) => (
            <Stack key={l.caseId} gap={2} data-testid="lesson">
              <Group gap="xs">
                <Anchor component={Link} to={`/offboarding/cases/${l.caseId}`} fw={600} size="sm">
                  {l.clientName}
                </Anchor>
                {l.outcome && (
                  <Badge size="sm" variant="light" color={outcomeColor[l.outcome] ?? 'gray'}>
                    {t(`offboarding.outcomes.${l.outcome}`)}
                  </Badge>
                )}
                {l.completedAt && (
                  <Text size="xs" c="dimmed">
                    {fmt.date(l.completedAt)}
                  </Text>
                )}
              </Group>
              <Text size="sm">
                <b>{t('offboarding.lessons.rootCause')}:</b> {l.rootCause}
              </Text>
              <Text size="sm">
                <b>{t('offboarding.lessons.whatWeChange')}:</b> {l.whatWeChange}
              </Text>
              {l.earlySigns && (
                <Text size="sm">
                  <b>{t('offboarding.lessons.earlySigns')}:</b> {l.earlySigns}
                </Text>
              )}
            </Stack>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
