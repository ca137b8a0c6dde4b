import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OffboardingCaseView } from '@shared/contract/offboarding';
import { ErrorAlert } from '../../lib/error-alert';
import { useExportPdf } from './use-offboarding';

/** The final handover report (part ways) and the case's letters as PDF, saved where the owner chooses. */
export function ExportButtons({ c }: { c: OffboardingCaseView }) {
  const { t } = useTranslation();
  const exportPdf = useExportPdf();
  const hasLetters = Object.values(c.values).some((v) => typeof v['letter'] === 'string' && v['letter'].trim() !== '');
  const result = exportPdf.data;
  return (
    <div>
      <Group>
        {c.path === 'part_ways' && c.status !== 'abandoned' && (
          <Button
            variant="light"
            loading={exportPdf.isPending}
            onClick={() => exportPdf.mutate({ caseId: c.id, document: 'report' })}
          >
            {t('offboarding.actions.exportReport')}
          </Button>
        )}
        {hasLetters && (
          <Button
            variant="light"
            loading={exportPdf.isPending}
            onClick={() => exportPdf.mutate({ caseId: c.id, document: 'letters' })}
          >
            {t('offboarding.actions.exportLetters')}
          </Button>
        )}
      </Group>
      {result?.status === 'saved' && (
        <Text size="sm" c="green" mt="xs" data-testid="export-result">
          {t('offboarding.actions.exported', { path: result.path })}
        </Text>
      )}
      {exportPdf.error ? <ErrorAlert error={exportPdf.error} /> : null}
    </div>
  );
}
