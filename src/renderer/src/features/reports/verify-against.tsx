import { Alert, Button, Group, List, NumberInput, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '@shared/contract/clients';
import type { VerifyAgainstResult } from '@shared/contract/reports';
import type { AgainstProblem } from '@shared/domain/dossier-manifest';
import { ErrorAlert } from '../../lib/error-alert';
import { useVerifyAgainst } from './use-reports';

function problemText(t: (k: string, o?: Record<string, unknown>) => string, p: AgainstProblem): string {
  if (p.kind === 'broken') return t('reports.screen.problem.broken', { ...p, reason: t(`reports.failure.${p.reason}`) });
  return t(`reports.screen.problem.${p.kind}`, { ...p });
}

/** "Verify against a dossier": does the live journal still hold exactly the dossier's history? */
export function VerifyAgainst({ client }: { client: Client }) {
  const { t } = useTranslation();
  const verify = useVerifyAgainst();
  const [result, setResult] = useState<VerifyAgainstResult | null>(null);
  const [headSeq, setHeadSeq] = useState<number | string>('');
  const [headHash, setHeadHash] = useState('');
  const check = async (input: Parameters<typeof verify.mutateAsync>[0]) => {
    setResult(null);
    setResult(await verify.mutateAsync(input));
  };

  return (
    <Paper withBorder p="md">
      <Stack>
        <div>
          <Title order={4}>{t('reports.screen.verifyTitle')}</Title>
          <Text size="sm" c="dimmed">
            {t('reports.screen.verifyHelp')}
          </Text>
        </div>
        <Group>
          <Button variant="default" loading={verify.isPending} onClick={() => void check({ source: 'pick' })}>
            {t('reports.screen.pickFile')}
          </Button>
        </Group>
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void check({
              source: 'manual',
              chains: [{ clientId: client.id, headSeq: Number(headSeq), headHash: headHash.trim() }],
            });
          }}
        >
          <Text size="sm" fw={500} mb={4}>
            {t('reports.screen.manual')}
          </Text>
          <Group align="flex-end">
            <NumberInput label={t('reports.screen.headSeq')} value={headSeq} onChange={setHeadSeq} min={1} w={160} />
            <TextInput
              label={t('reports.screen.headHash')}
              value={headHash}
              onChange={(e) => setHeadHash(e.currentTarget.value)}
              style={{ flex: 1 }}
              styles={{ input: { fontFamily: 'monospace' } }}
            />
            <Button type="submit" variant="light" loading={verify.isPending}>
              {t('reports.screen.check')}
            </Button>
          </Group>
        </form>
        {verify.error ? <ErrorAlert error={verify.error} /> : null}
        {result?.status === 'no_manifest' && (
          <Alert color="yellow" role="alert">
            {t('reports.screen.noManifest')}
          </Alert>
        )}
        {result?.status === 'checked' && (
          <Alert
            color={result.ok ? 'green' : 'red'}
            role={result.ok ? 'status' : 'alert'}
            data-testid="against-result"
            title={result.ok ? t('reports.screen.againstOk') : t('reports.screen.againstFailed')}
          >
            <List size="sm">
              {result.chains
                .filter((c) => c.appendedSince > 0)
                .map((c) => (
                  <List.Item key={`a${c.clientId}`}>
                    {t('reports.screen.againstAppended', {
                      count: c.appendedSince,
                      from: c.dossierSeq + 1,
                      to: c.dossierSeq + c.appendedSince,
                    })}
                  </List.Item>
                ))}
              {result.problems.map((p, i) => (
                <List.Item key={`p${i}`}>{problemText(t, p)}</List.Item>
              ))}
            </List>
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
