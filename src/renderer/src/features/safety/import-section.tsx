import { Alert, Button, Checkbox, Group, SegmentedControl, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { ImportDecodeProblem, ImportPreview, ImportReport } from '@shared/contract/transfer';
import { csvDelimiters, csvEncodings, delimiterNames, type CsvDelimiter, type CsvEncoding } from '@shared/domain/csv-import';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, useApiMutation } from '../../lib/api';
import { ErrorAlert } from '../../lib/error-alert';
import { useFormat } from '../../lib/format';

type Kind = ImportPreview['kind'];

/** Settings → Import: choose a file, map columns, check every row, then import all or nothing. */
export function ImportSection() {
  const { t } = useTranslation();
  const f = useFormat();
  const [kind, setKind] = useState<Kind>('clients');
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<Record<string, number | null>>({});
  const [report, setReport] = useState<ImportReport | null>(null);
  const [skipDuplicates, setSkipDuplicates] = useState(true);
  const choose = useApiMutation('previewImport');
  const check = useApiMutation('checkImport');
  const commit = useApiMutation('commitImport');
  const reread = useApiMutation('rereadImport');

  const reset = (p: ImportPreview | null) => {
    setPreview(p);
    setMapping(p?.suggestedMapping ?? {});
    setReport(null);
  };
  const columns = (preview?.headers ?? []).map((h, i) => ({ value: String(i), label: h || `#${i + 1}` }));
  const importable = report ? report.valid - (skipDuplicates ? report.duplicateCount : 0) : 0;
  const error = choose.error ?? reread.error ?? check.error ?? commit.error;
  const encodingLabel = (e: string | null) =>
    e && (csvEncodings as readonly string[]).includes(e) ? t(`safety.import.encodings.${e}`) : (e ?? '');
  const problemText = (p: ImportDecodeProblem, encoding: string) =>
    t(`safety.import.problems.${p.reason === 'replacement' && !p.likely ? 'replacementUnknown' : p.reason}`, {
      count: f.number(p.count),
      row: p.row,
      encoding: encodingLabel(encoding),
      likely: encodingLabel(p.likely),
    });
  /** a file refused before any preview (not text): said in the owner's words */
  const refusedReason = error instanceof ApiError ? error.details?.['reason'] : undefined;
  const refusal =
    refusedReason === 'binary' || refusedReason === 'xls' || refusedReason === 'xlsx'
      ? t(`safety.import.problems.${refusedReason}`)
      : null;
  const readAgain = (change: { encoding?: CsvEncoding; delimiter?: CsvDelimiter }) =>
    preview && reread.mutate({ token: preview.token, ...change }, { onSuccess: reset });

  return (
    <Stack>
      <Title order={3}>{t('safety.import.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('safety.import.help')}
      </Text>
      <Group>
        <SegmentedControl
          aria-label={t('safety.import.kind')}
          value={kind}
          onChange={(v) => {
            setKind(v as Kind);
            reset(null);
          }}
          data={(['clients', 'invoices'] as const).map((k) => ({ value: k, label: t(`safety.import.kinds.${k}`) }))}
        />
        <Button
          variant="default"
          loading={choose.isPending}
          onClick={() => choose.mutate({ kind }, { onSuccess: (p) => p && reset(p) })}
        >
          {t('safety.import.choose')}
        </Button>
      </Group>
      {preview && (
        <>
          <Text size="sm">{t('safety.import.file', { file: preview.fileName, rows: f.number(preview.rowCount) })}</Text>
          {preview.format === 'xlsx' ? (
            <Text size="sm" c="dimmed" data-testid="import-reading">
              {t('safety.import.readAsXlsx', { sheet: preview.sheetName ?? '' })}
            </Text>
          ) : (
            <>
              <Group align="flex-end" data-testid="import-reading">
                <Select
                  label={t('safety.import.encoding')}
                  allowDeselect={false}
                  disabled={reread.isPending}
                  data={csvEncodings.map((e) => ({
                    value: e,
                    label:
                      e === preview.encoding && preview.bom
                        ? t('safety.import.withBom', { encoding: encodingLabel(e) })
                        : encodingLabel(e),
                  }))}
                  value={preview.encoding}
                  onChange={(v) => v && v !== preview.encoding && readAgain({ encoding: v as CsvEncoding })}
                />
                <Select
                  label={t('safety.import.delimiter')}
                  allowDeselect={false}
                  disabled={reread.isPending}
                  data={csvDelimiters.map((d) => ({ value: d, label: t(`safety.import.delimiters.${delimiterNames[d]}`) }))}
                  value={preview.delimiter}
                  onChange={(v) => v && v !== preview.delimiter && readAgain({ delimiter: v as CsvDelimiter })}
                />
              </Group>
              <Text size="sm" c="dimmed">
                {t('safety.import.readAs', {
                  encoding: encodingLabel(preview.encoding),
                  delimiter: t(`safety.import.delimiters.${delimiterNames[preview.delimiter]}`),
                })}
              </Text>
            </>
          )}
          {preview.problem && (
            <Alert color="red" role="alert" data-testid="import-problem">
              {problemText(preview.problem, preview.encoding)}
            </Alert>
          )}
          <Table.ScrollContainer minWidth={400}>
            <Table withTableBorder striped aria-label={t('safety.import.sampleTitle')} data-testid="import-sample">
              <Table.Thead>
                <Table.Tr>
                  {preview.headers.map((h, i) => (
                    <Table.Th key={i}>{h}</Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {preview.sample.slice(0, 5).map((r, i) => (
                  <Table.Tr key={i}>
                    {preview.headers.map((_, j) => (
                      <Table.Td key={j}>{r[j] ?? ''}</Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {preview.fields.map((field) => (
              <Select
                key={field.key}
                label={t('safety.import.column', { field: t(`safety.import.fields.${field.key}`) })}
                description={field.required ? t('safety.import.required') : undefined}
                placeholder={t('safety.import.notMapped')}
                data={columns}
                clearable={!field.required}
                value={mapping[field.key] === null || mapping[field.key] === undefined ? null : String(mapping[field.key])}
                onChange={(v) => {
                  setMapping({ ...mapping, [field.key]: v === null ? null : Number(v) });
                  setReport(null);
                }}
              />
            ))}
          </SimpleGrid>
          <Group>
            <Button
              disabled={preview.problem !== null}
              loading={check.isPending}
              onClick={() => check.mutate({ token: preview.token, mapping }, { onSuccess: setReport })}
            >
              {t('safety.import.check')}
            </Button>
          </Group>
        </>
      )}
      {report && preview && (
        <Stack data-testid="import-report">
          <Alert color={report.errorCount ? 'red' : 'green'}>
            {t('safety.import.summary', {
              valid: f.number(report.valid),
              total: f.number(report.total),
              errors: f.number(report.errorCount),
              duplicates: f.number(report.duplicateCount),
            })}
          </Alert>
          {report.errors.length + report.duplicates.length > 0 && (
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('safety.import.row')}</Table.Th>
                  <Table.Th>{t('safety.import.field')}</Table.Th>
                  <Table.Th>{t('safety.import.problem')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {[...report.errors, ...report.duplicates].map((e, i) => (
                  <Table.Tr key={i}>
                    <Table.Td>{e.row}</Table.Td>
                    <Table.Td>{e.field ? t(`safety.import.fields.${e.field}`, { defaultValue: e.field }) : ''}</Table.Td>
                    <Table.Td>{t(e.message, e.values)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          {report.duplicateCount > 0 && (
            <Checkbox
              label={t('safety.import.skipDuplicates')}
              checked={skipDuplicates}
              onChange={(e) => setSkipDuplicates(e.currentTarget.checked)}
            />
          )}
          <Group>
            <Button
              disabled={report.errorCount > 0 || importable <= 0 || (!skipDuplicates && report.duplicateCount > 0)}
              loading={commit.isPending}
              onClick={() =>
                commit.mutate(
                  { token: preview.token, mapping, skipDuplicates },
                  {
                    onSuccess: (r) => {
                      notifications.show({
                        color: 'green',
                        message: t('safety.import.done', {
                          imported: f.number(r.imported),
                          skipped: f.number(r.skippedDuplicates),
                        }),
                      });
                      reset(null);
                    },
                  },
                )
              }
            >
              {t('safety.import.commit', { count: importable })}
            </Button>
          </Group>
          {commit.isPending && (
            <Text size="sm" c="dimmed" role="status">
              {t('safety.import.working')}
            </Text>
          )}
        </Stack>
      )}
      {refusal ? (
        <Alert color="red" role="alert">
          {refusal}
        </Alert>
      ) : (
        error && <ErrorAlert error={error} />
      )}
    </Stack>
  );
}
