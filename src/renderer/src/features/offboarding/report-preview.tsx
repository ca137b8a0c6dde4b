import { Button, CopyButton, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OffboardingCaseView } from '@shared/contract/offboarding';
import type { Language } from '@shared/domain/format';
import { finalReport, reportText } from '@shared/domain/offboarding/final-report';
import { catalogues } from '@shared/i18n';
import { useSettings } from '../../lib/use-settings';
import { ExportButtons } from './export-buttons';
import { useAchievementPicks } from './use-offboarding';

/** The final handover report as it will be exported: the owner checks it before closing. */
export function ReportPreview({ c }: { c: OffboardingCaseView }) {
  const { t, i18n } = useTranslation();
  const profile = useSettings().data?.profile ?? null;
  const picks = useAchievementPicks(c.id, true);
  const chosen = new Set((c.values['final_report']?.['achievementEntries'] as number[] | undefined) ?? []);
  const lang = i18n.language as Language;
  const report = finalReport({
    m: catalogues[lang]?.offboarding ?? catalogues.en.offboarding,
    lang,
    clientName: c.clientName,
    owner: profile,
    values: c.values,
    picks: (picks.data ?? []).filter((p) => chosen.has(p.id)).reverse(),
    unpaidMinor: c.facts.unpaidMinor,
    currency: c.facts.unpaid[0]?.currency ?? profile?.currency ?? 'TRY',
  });
  return (
    <Paper withBorder p="md" data-testid="report-preview">
      <Stack gap="xs">
        <Text size="xs" c="dimmed">
          {report.overline}
        </Text>
        <Title order={4}>{report.title}</Title>
        <Text size="sm" c="dimmed">
          {report.subtitle}
        </Text>
        {report.sections.map((s) => (
          <div key={s.heading}>
            <Title order={5} mt="xs">
              {s.heading}
            </Title>
            {s.paragraphs.map((p) => (
              <Text key={p} size="sm">
                {p}
              </Text>
            ))}
            {s.items.length > 0 && (
              <List size="sm">
                {s.items.map((i) => (
                  <List.Item key={i}>{i}</List.Item>
                ))}
              </List>
            )}
            {s.table && (
              <Table>
                <Table.Tbody>
                  {s.table.rows.map((row) => (
                    <Table.Tr key={row[0]}>
                      {row.map((cell, i) => (
                        <Table.Td key={i}>{cell}</Table.Td>
                      ))}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </div>
        ))}
        <Group align="flex-start">
          <ExportButtons c={c} />
          <CopyButton value={reportText(report)}>
            {({ copied, copy }) => (
              <Button variant="light" onClick={copy} color={copied ? 'green' : undefined}>
                {copied ? t('offboarding.letters.copied') : t('offboarding.letters.copy')}
              </Button>
            )}
          </CopyButton>
        </Group>
      </Stack>
    </Paper>
  );
}
