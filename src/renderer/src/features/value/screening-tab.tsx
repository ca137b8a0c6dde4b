import { Badge, Button, Group, List, Paper, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '@shared/contract/clients';
import {
  screeningAnswers,
  screeningQuestions,
  type ScreeningAnswer,
  type ScreeningQuestion,
} from '@shared/domain/prospect-screening';
import { useApiMutation, useApiQuery } from '../../lib/api';
import { ErrorAlert } from '../../lib/error-alert';
import { useFormat } from '../../lib/format';

const verdictColor = { go: 'green', go_with_conditions: 'yellow', no_go: 'red' } as const;

/** "Don't acquire bad clients": a short checklist before signing, kept with the client. */
export function ScreeningTab({ client }: { client: Client }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const list = useApiQuery('listScreenings', { clientId: client.id });
  const screen = useApiMutation('screenProspect');
  const [answers, setAnswers] = useState<Partial<Record<ScreeningQuestion, ScreeningAnswer>>>({});
  const complete = screeningQuestions.every((q) => answers[q]);
  const last = list.data?.[0];

  return (
    <Stack>
      <Text c="dimmed" size="sm">
        {t('value.screening.help')}
      </Text>
      {list.error ? <ErrorAlert error={list.error} /> : null}
      {last ? (
        <Paper withBorder p="md" data-testid="screening-verdict">
          <Group justify="space-between">
            <Title order={4}>{t('value.screening.title')}</Title>
            <Badge size="lg" color={verdictColor[last.verdict]}>
              {t(`value.screening.verdict.${last.verdict}`)}
            </Badge>
          </Group>
          <Text size="xs" c="dimmed">
            {t('value.screening.last', { date: fmt.dateTime(last.screenedAt) })}
          </Text>
          <List size="sm" mt="xs">
            {last.reasons.map((r) => (
              <List.Item key={r}>{t(`value.screening.reasons.${r}`)}</List.Item>
            ))}
          </List>
        </Paper>
      ) : (
        <Text>{t('value.screening.none')}</Text>
      )}
      <Paper withBorder p="md">
        <Table>
          <Table.Tbody>
            {screeningQuestions.map((q) => (
              <Table.Tr key={q}>
                <Table.Td id={`q-${q}`}>{t(`value.screening.questions.${q}`)}</Table.Td>
                <Table.Td>
                  <SegmentedControl
                    aria-labelledby={`q-${q}`}
                    size="xs"
                    value={answers[q] ?? ''}
                    onChange={(a) => setAnswers((s) => ({ ...s, [q]: a as ScreeningAnswer }))}
                    data={screeningAnswers.map((a) => ({ value: a, label: t(`value.screening.answers.${a}`) }))}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {screen.error ? <ErrorAlert error={screen.error} /> : null}
        <Group justify="flex-end" mt="sm">
          <Button
            disabled={!complete}
            loading={screen.isPending}
            onClick={() =>
              void screen.mutateAsync({ clientId: client.id, answers: answers as Record<ScreeningQuestion, ScreeningAnswer> })
            }
          >
            {t('value.screening.submit')}
          </Button>
        </Group>
      </Paper>
    </Stack>
  );
}
