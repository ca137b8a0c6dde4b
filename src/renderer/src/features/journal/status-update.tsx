import { Alert, Button, CopyButton, Group, Modal, Radio, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Complaint } from '@shared/contract/complaints';
import { findNonApologies } from '@shared/domain/apology';
import { formatLongDate } from '@shared/domain/format';
import type { MergeValues } from '@shared/domain/letters/kinds';
import { letterText, renderLetter } from '@shared/domain/letters/render';
import { localDay, systemTimeZone } from '@shared/domain/local-time';
import { useApiMutation } from '../../lib/api';
import { ErrorAlert } from '../../lib/error-alert';
import { useFormat } from '../../lib/format';
import { LetterWarnings } from '../../lib/letter-warnings';
import { useSettings } from '../../lib/use-settings';

/**
 * A status update during a long fix (DOMAIN.md §5: be transparent while fixing): what was done,
 * what comes next, when they hear again, drafted as a letter the owner edits, then journaled as
 * a follow-up that answers the complaint.
 */
export function StatusUpdateModal({ complaint, onClose }: { complaint: Complaint | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={complaint !== null}
      onClose={onClose}
      size="xl"
      title={complaint ? t('journal.statusUpdate.title', { summary: complaint.entry.summary }) : ''}
    >
      {complaint && <StatusUpdateForm complaint={complaint} onClose={onClose} />}
    </Modal>
  );
}

function StatusUpdateForm({ complaint, onClose }: { complaint: Complaint; onClose: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const profile = useSettings().data?.profile ?? null;
  const zone = profile?.timeZone || systemTimeZone();
  const [whatWeDid, setWhatWeDid] = useState('');
  const [nextStep, setNextStep] = useState('');
  const [nextUpdateOn, setNextUpdateOn] = useState('');
  const [channel, setChannel] = useState<'email' | 'letter'>('email');
  const send = useApiMutation('addComplaintUpdate');
  const draft = () => {
    const values: MergeValues = {
      clientName: complaint.entry.clientName,
      ownerName: profile?.ownerName,
      ownerTitle: profile?.ownerTitle,
      businessName: profile?.businessName,
      date: formatLongDate(localDay(new Date(), zone), fmt.lang),
      raisedOn: formatLongDate(localDay(complaint.entry.occurredAt, zone), fmt.lang),
      complaintSummary: complaint.entry.summary,
      whatWeDid,
      nextStep,
      nextUpdateOn: nextUpdateOn ? formatLongDate(nextUpdateOn, fmt.lang) : undefined,
    };
    return renderLetter('complaint_update', fmt.lang, values);
  };
  // the draft follows the answers until the owner edits the letter itself
  const [edited, setEdited] = useState<string | null>(null);
  const letter = edited ?? letterText(draft());
  const hits = findNonApologies(letter);
  const missing = draft().missing;
  return (
    <Stack>
      <Alert color="blue" variant="light">
        {t('journal.statusUpdate.tip')}
      </Alert>
      <Textarea
        label={t('journal.statusUpdate.whatWeDid')}
        autosize
        minRows={2}
        value={whatWeDid}
        onChange={(e) => setWhatWeDid(e.currentTarget.value)}
      />
      <Textarea
        label={t('journal.statusUpdate.nextStep')}
        autosize
        minRows={2}
        value={nextStep}
        onChange={(e) => setNextStep(e.currentTarget.value)}
      />
      <TextInput
        type="date"
        w={220}
        label={t('journal.statusUpdate.nextUpdateOn')}
        value={nextUpdateOn}
        onChange={(e) => setNextUpdateOn(e.currentTarget.value)}
      />
      <Group>
        <Button variant="default" onClick={() => setEdited(null)}>
          {t('offboarding.letters.generate')}
        </Button>
      </Group>
      <Textarea
        label={t('journal.statusUpdate.letter')}
        autosize
        minRows={12}
        value={letter}
        onChange={(e) => setEdited(e.currentTarget.value)}
        styles={{ input: { fontFamily: 'inherit', lineHeight: 1.5 } }}
      />
      <LetterWarnings hits={hits} missing={missing} />
      <Radio.Group
        label={t('journal.statusUpdate.channel')}
        value={channel}
        onChange={(v) => setChannel(v as 'email' | 'letter')}
      >
        <Group mt="xs">
          <Radio value="email" label={t('journal.statusUpdate.channels.email')} />
          <Radio value="letter" label={t('journal.statusUpdate.channels.letter')} />
        </Group>
      </Radio.Group>
      {send.error ? <ErrorAlert error={send.error} /> : null}
      <Group justify="flex-end">
        <CopyButton value={letter}>
          {({ copied, copy }) => (
            <Button variant="light" onClick={copy} color={copied ? 'green' : undefined}>
              {copied ? t('offboarding.letters.copied') : t('offboarding.letters.copy')}
            </Button>
          )}
        </CopyButton>
        <Button variant="default" onClick={onClose}>
          {t('actions.cancel')}
        </Button>
        <Button
          loading={send.isPending}
          disabled={letter.trim() === '' || hits.length > 0}
          onClick={async () => {
            await send.mutateAsync({ complaintId: complaint.id, letter, channel });
            notifications.show({ color: 'green', message: t('journal.statusUpdate.saved') });
            onClose();
          }}
        >
          {t('journal.statusUpdate.save')}
        </Button>
      </Group>
    </Stack>
  );
}
