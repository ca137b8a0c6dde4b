import { Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '@shared/contract/clients';
import type { ExportResult } from '@shared/contract/reports';
import { languages, type Language } from '@shared/domain/format';
import { useApiMutation } from '../../lib/api';
import { ErrorAlert } from '../../lib/error-alert';
import { useFormat } from '../../lib/format';
import { SavedNotice } from './saved-notice';
import { useProfile } from './use-reports';

/** Export of the client value report (figures, red flags with evidence, recommendation, charts). */
export function ValueExport({ client }: { client: Client }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const profileLanguage = useProfile().data?.profile?.language ?? fmt.lang;
  const [language, setLanguage] = useState<Language | null>(null);
  const exportValue = useApiMutation('exportValueReport');
  const [result, setResult] = useState<ExportResult | null>(null);
  return (
    <Paper withBorder p="md">
      <Stack>
        <div>
          <Title order={4}>{t('reports.screen.valueTitle')}</Title>
          <Text size="sm" c="dimmed">
            {t('reports.screen.valueHelp')}
          </Text>
        </div>
        <Group align="flex-end">
          <Select
            label={t('reports.screen.language')}
            data={languages.map((l) => ({ value: l, label: t(`languages.${l}`) }))}
            value={language ?? profileLanguage}
            onChange={(v) => setLanguage((v as Language | null) ?? null)}
            allowDeselect={false}
            w={220}
          />
          <Button
            loading={exportValue.isPending}
            onClick={async () => {
              setResult(null);
              setResult(await exportValue.mutateAsync({ clientId: client.id, language: language ?? profileLanguage }));
            }}
          >
            {t('reports.screen.exportValue')}
          </Button>
        </Group>
        {exportValue.error ? <ErrorAlert error={exportValue.error} /> : null}
        {result?.status === 'saved' && <SavedNotice pages={result.pages} path={result.path} testId="value-saved" />}
        {result?.status === 'cancelled' && (
          <Text size="sm" c="dimmed" role="status">
            {t('reports.screen.cancelled')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
