import {
  Alert,
  Button,
  Group,
  MultiSelect,
  Paper,
  Progress,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { dossierOptionsSchema, type BundleResult, type ExportResult } from '@shared/contract/reports';
import type { Client } from '@shared/contract/clients';
import { journalKinds, type JournalKind } from '@shared/domain/journal-kinds';
import { languages, type Language } from '@shared/domain/format';
import { contractResolver } from '../../lib/form';
import { ErrorAlert } from '../../lib/error-alert';
import { useFormat } from '../../lib/format';
import { SavedNotice } from './saved-notice';
import { useExportDossier, useExportDossierBundle, useProfile, useReportProgress } from './use-reports';

interface DossierFormValues {
  from: string;
  to: string;
  kinds: JournalKind[];
  language: Language;
}

const toInput = (clientId: number, v: DossierFormValues, acceptFailedVerification = false) => ({
  clientId,
  from: v.from.trim() || null,
  to: v.to.trim() || null,
  kinds: v.kinds,
  language: v.language,
  acceptFailedVerification,
});

/** Export options, progress and result of the incident dossier for one client. */
export function DossierExport({ client }: { client: Client }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const profileLanguage = useProfile().data?.profile?.language ?? fmt.lang;
  const exportPdf = useExportDossier();
  const exportBundle = useExportDossierBundle();
  const [asBundle, setAsBundle] = useState(false);
  const exportDossier = asBundle ? exportBundle : exportPdf;
  const progress = useReportProgress(exportDossier.isPending).data;
  const [result, setResult] = useState<ExportResult | BundleResult | null>(null);
  const form = useForm<DossierFormValues>({
    defaultValues: { from: '', to: '', kinds: [], language: profileLanguage },
    resolver: contractResolver(dossierOptionsSchema, (v: DossierFormValues) => toInput(client.id, v)),
  });
  const run = async (v: DossierFormValues, accept: boolean, bundle = asBundle) => {
    setResult(null);
    setAsBundle(bundle);
    const input = toInput(client.id, v, accept);
    setResult(bundle ? await exportBundle.mutateAsync(input) : await exportPdf.mutateAsync(input));
  };
  const err = (name: keyof DossierFormValues) => {
    const m = form.formState.errors[name]?.message;
    return m ? t(m) : undefined;
  };

  return (
    <Paper withBorder p="md">
      <Stack>
        <div>
          <Title order={4}>{t('reports.screen.dossierTitle')}</Title>
          <Text size="sm" c="dimmed">
            {t('reports.screen.dossierHelp')}
          </Text>
          <Text size="sm" c="dimmed">
            {t('reports.screen.bundleHelp')}
          </Text>
        </div>
        <form onSubmit={form.handleSubmit((v) => run(v, false, false))} noValidate>
          <Stack>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput type="date" label={t('reports.screen.from')} {...form.register('from')} error={err('from')} />
              <TextInput type="date" label={t('reports.screen.to')} {...form.register('to')} error={err('to')} />
              <Controller
                control={form.control}
                name="language"
                render={({ field }) => (
                  <Select
                    label={t('reports.screen.language')}
                    data={languages.map((l) => ({ value: l, label: t(`languages.${l}`) }))}
                    value={field.value}
                    onChange={(v) => field.onChange(v ?? profileLanguage)}
                    allowDeselect={false}
                  />
                )}
              />
            </SimpleGrid>
            <Controller
              control={form.control}
              name="kinds"
              render={({ field }) => (
                <MultiSelect
                  label={t('reports.screen.kinds')}
                  data={journalKinds.map((k) => ({ value: k, label: t(`journal.kinds.${k}`) }))}
                  value={field.value}
                  onChange={(v) => field.onChange(v as JournalKind[])}
                  searchable
                  clearable
                />
              )}
            />
            <Group>
              <Button type="submit" loading={exportPdf.isPending} disabled={exportBundle.isPending}>
                {t('reports.screen.export')}
              </Button>
              <Button
                variant="light"
                loading={exportBundle.isPending}
                disabled={exportPdf.isPending}
                onClick={() => void form.handleSubmit((v) => run(v, false, true))()}
              >
                {t('reports.screen.exportBundle')}
              </Button>
            </Group>
          </Stack>
        </form>
        {exportDossier.isPending && (
          <div aria-live="polite">
            <Text size="sm">
              {progress
                ? t('reports.screen.progress', {
                    phase: t(`reports.screen.phase.${progress.phase}`),
                    done: fmt.number(progress.done),
                    total: fmt.number(progress.total),
                  })
                : t('reports.screen.exporting')}
            </Text>
            <Progress value={progress && progress.total ? (100 * progress.done) / progress.total : 0} animated mt={4} />
          </div>
        )}
        {exportDossier.error ? <ErrorAlert error={exportDossier.error} /> : null}
        {result?.status === 'saved' && !('files' in result) && (
          <SavedNotice pages={result.pages} path={result.path} testId="dossier-saved" />
        )}
        {result?.status === 'saved' && 'files' in result && (
          <Alert color="green" role="status" data-testid="bundle-saved">
            <Text size="sm">{t('reports.screen.bundleSaved', { count: result.exhibits, path: result.path })}</Text>
          </Alert>
        )}
        {result?.status === 'saved' && result.timestamp?.state === 'failed' && (
          <Alert color="yellow" role="status" data-testid="dossier-timestamp-failed">
            <Text size="sm">
              {t('reports.dossier.timestamp.failed', {
                reason: t(`reports.dossier.timestamp.reason.${result.timestamp.error}`),
              })}
            </Text>
          </Alert>
        )}
        {result?.status === 'cancelled' && (
          <Text size="sm" c="dimmed" role="status">
            {t('reports.screen.cancelled')}
          </Text>
        )}
        {result?.status === 'verification_failed' && (
          <Alert color="red" role="alert" title={t('reports.screen.refusedTitle')}>
            <Text size="sm">
              {t('reports.screen.refused', {
                seq: result.failure.seq,
                reason: t(`reports.failure.${result.failure.reason}`),
              })}
            </Text>
            <Button
              mt="sm"
              color="red"
              variant="light"
              loading={exportDossier.isPending}
              onClick={() => void form.handleSubmit((v) => run(v, true))()}
            >
              {t('reports.screen.exportAnyway')}
            </Button>
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
