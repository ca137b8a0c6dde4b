import { Alert, Button, CopyButton, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LetterEmail, OffboardingCaseView } from '@shared/contract/offboarding';
import { ErrorAlert } from '../../lib/error-alert';
import { useEmailLetter, useExportLetterPdf, useRecordLetterSent } from './use-offboarding';

/**
 * "Send by e-mail": the letter opens in the owner's mail program (a mailto: link built in main).
 * The app cannot see whether it was sent, so it asks; "I sent it" journals the sending with the
 * letter's fingerprint. A letter too long for a mail link is copied or saved as a PDF instead.
 */
export function SendLetter({ c, text }: { c: OffboardingCaseView; text: string }) {
  const { t } = useTranslation();
  const email = useEmailLetter();
  const record = useRecordLetterSent();
  const pdf = useExportLetterPdf();
  const [asked, setAsked] = useState<LetterEmail | null>(null);
  const [isRecorded, setRecorded] = useState(false);
  const letter = { caseId: c.id, step: c.step, text };
  const send = async () => {
    setRecorded(false);
    setAsked(await email.mutateAsync(letter));
  };
  const confirm = async () => {
    await record.mutateAsync(letter);
    setAsked(null);
    setRecorded(true);
  };
  const error = email.error ?? record.error ?? pdf.error;
  return (
    <Stack gap="xs">
      <Group>
        <Button
          variant="light"
          onClick={() => void send().catch(() => undefined)}
          loading={email.isPending}
          disabled={!text.trim()}
        >
          {t('offboarding.sending.email')}
        </Button>
      </Group>
      {asked && (
        <Alert color={asked.status === 'too_long' ? 'yellow' : 'blue'} data-testid="send-letter">
          <Stack gap="xs">
            <Text size="sm">
              {asked.status === 'too_long'
                ? t('offboarding.sending.tooLong', { length: asked.length, max: asked.maxLength })
                : asked.to
                  ? t('offboarding.sending.openedTo', { to: asked.to })
                  : t('offboarding.sending.openedNoAddress')}
            </Text>
            <Group>
              {asked.status === 'too_long' && (
                <>
                  <CopyButton value={text}>
                    {({ copied, copy }) => (
                      <Button size="xs" variant="default" onClick={copy} color={copied ? 'green' : undefined}>
                        {copied ? t('offboarding.letters.copied') : t('offboarding.letters.copy')}
                      </Button>
                    )}
                  </CopyButton>
                  <Button size="xs" variant="default" loading={pdf.isPending} onClick={() => pdf.mutate(letter)}>
                    {t('offboarding.sending.savePdf')}
                  </Button>
                </>
              )}
              <Button size="xs" onClick={() => void confirm().catch(() => undefined)} loading={record.isPending}>
                {t('offboarding.sending.confirm')}
              </Button>
              <Button size="xs" variant="subtle" color="gray" onClick={() => setAsked(null)}>
                {t('offboarding.sending.notSent')}
              </Button>
            </Group>
            {pdf.data?.status === 'saved' && (
              <Text size="sm" c="green">
                {t('offboarding.actions.exported', { path: pdf.data.path })}
              </Text>
            )}
          </Stack>
        </Alert>
      )}
      {isRecorded && (
        <Text size="sm" c="green" role="status">
          {t('offboarding.sending.recorded')}
        </Text>
      )}
      {error ? <ErrorAlert error={error} /> : null}
    </Stack>
  );
}
