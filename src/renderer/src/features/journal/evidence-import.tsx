import { Alert, Button, Modal } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DROPPED_EVIDENCE_MAX_BYTES, type EvidenceAnswer } from '@shared/contract/journal';
import { useApiMutation } from '../../lib/api';
import { errorMessage } from '../../lib/error-alert';
import { useFormat } from '../../lib/format';
import { ChatReview } from './chat-review';
import { EmailReview } from './evidence-review';

// An e-mail (.eml) or a WhatsApp export (.txt), chosen with the button or dropped on the journal:
// main stores the file under its fingerprint and proposes entries; the owner checks each (summary,
// kind) and saves. Nothing reaches the journal before Save.

function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsDataURL(file);
  });
}

/** The button, the drop target and the review dialog share this state. */
export function useEvidenceIntake() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [answer, setAnswer] = useState<EvidenceAnswer | null>(null);
  const choose = useApiMutation('proposeEvidence');
  const dropped = useApiMutation('proposeDroppedEvidence');
  const fail = (e: unknown) => notifications.show({ color: 'red', message: errorMessage(t, e) });
  const pick = () => choose.mutateAsync(undefined).then((a) => a && setAnswer(a), fail);
  const drop = async (file: File) => {
    if (file.size > DROPPED_EVIDENCE_MAX_BYTES) {
      setAnswer({ status: 'refused', name: file.name, reason: 'too_large', maxBytes: DROPPED_EVIDENCE_MAX_BYTES });
      return;
    }
    try {
      setAnswer(await dropped.mutateAsync({ name: file.name, base64: await readAsBase64(file) }));
    } catch (e) {
      fail(e);
    }
  };
  const dropProps = {
    onDragOver: (e: DragEvent) => {
      if (Array.from(e.dataTransfer.types).includes('Files')) e.preventDefault();
    },
    onDrop: (e: DragEvent) => {
      const file = e.dataTransfer.files[0];
      if (!file) return;
      e.preventDefault();
      void drop(file);
    },
  };
  const max = (bytes: number) => `${fmt.number(bytes / 1024 / 1024, 1)} MB`;
  return {
    answer,
    close: () => setAnswer(null),
    setAnswer,
    pick,
    pending: choose.isPending || dropped.isPending,
    dropProps,
    max,
  };
}

export type EvidenceIntake = ReturnType<typeof useEvidenceIntake>;

export function EvidenceButton({ intake }: { intake: EvidenceIntake }) {
  const { t } = useTranslation();
  return (
    <Button variant="light" onClick={() => void intake.pick()} loading={intake.pending} title={t('journal.evidence.dropHint')}>
      {t('journal.evidence.button')}
    </Button>
  );
}

export function EvidenceModal({ intake, clientId }: { intake: EvidenceIntake; clientId: number }) {
  const { t } = useTranslation();
  const a = intake.answer;
  return (
    <Modal opened={a !== null} onClose={intake.close} title={t('journal.evidence.title')} size="xl">
      {a?.status === 'refused' && (
        <Alert color="red" role="alert">
          {t(`journal.evidence.refused.${a.reason}`, { name: a.name, max: intake.max(a.maxBytes) })}
        </Alert>
      )}
      {a?.status === 'proposed' && a.proposal.source === 'email' && (
        <EmailReview key={a.proposal.attachment.sha256} proposal={a.proposal} clientId={clientId} onDone={intake.close} />
      )}
      {a?.status === 'proposed' && a.proposal.source === 'whatsapp' && (
        <ChatReview
          key={`${a.proposal.attachment.sha256}-${a.proposal.dateOrder}`}
          proposal={a.proposal}
          clientId={clientId}
          onReread={intake.setAnswer}
          onDone={intake.close}
        />
      )}
    </Modal>
  );
}
