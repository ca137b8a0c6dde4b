import { Button, Drawer, Group, Loader, Modal, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JournalEntry } from '@shared/contract/journal';
import { isComplaintKind } from '@shared/domain/journal-entry';
import { ErrorAlert } from '../../lib/error-alert';
import { EntryForm, type EntryFormMode } from './entry-form';
import { EntryCard } from './entry-view';
import { useEntryDetail } from './use-journal';

/** Opens the form to answer a complaint or to correct an entry, in a modal. */
export function EntryFormModal({ mode, title, onClose }: { mode: EntryFormMode | null; title: string; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={mode !== null} onClose={onClose} title={title} size="xl">
      {mode && (
        <EntryForm
          mode={mode}
          onCancel={onClose}
          onSaved={() => {
            notifications.show({
              color: 'green',
              message: mode.type === 'amend' ? t('journal.amendedNotice') : t('journal.savedNotice'),
            });
            onClose();
          }}
        />
      )}
    </Modal>
  );
}

/**
 * One entry in full: the original and every correction side by side, what it answers and what
 * answered it. From here the owner corrects it (a new entry) or resolves a complaint.
 */
export function EntryDrawer({ id, onClose, onOpen }: { id: number | null; onClose: () => void; onOpen: (id: number) => void }) {
  const { t } = useTranslation();
  const detail = useEntryDetail(id);
  const [form, setForm] = useState<{ mode: EntryFormMode; title: string } | null>(null);
  const d = detail.data;
  const original: JournalEntry | undefined = d ? (d.original ?? d.entry) : undefined;
  const versions = d && original ? [original, ...d.amendments] : [];

  return (
    <Drawer
      opened={id !== null}
      onClose={onClose}
      position="right"
      size="xl"
      title={original ? t('journal.entryTitle', { seq: original.seq, client: original.clientName }) : ''}
    >
      {detail.error && <ErrorAlert error={detail.error} />}
      {!d && !detail.error && <Loader size="sm" />}
      {d && original && (
        <Stack>
          <SimpleGrid cols={versions.length > 1 ? 2 : 1} data-testid="entry-versions">
            {versions.map((v, i) => (
              <EntryCard
                key={v.id}
                entry={v}
                {...(versions.length > 1 ? { label: i === 0 ? t('journal.original') : t('journal.correction', { n: i }) } : {})}
              />
            ))}
          </SimpleGrid>
          <Group>
            <Button
              variant="light"
              onClick={() =>
                setForm({
                  mode: { type: 'amend', original: versions.at(-1)! },
                  title: t('journal.amendTitle', { seq: original.seq }),
                })
              }
            >
              {t('journal.amend')}
            </Button>
            {isComplaintKind(original.kind) && (
              <>
                {!d.responses.some((r) => r.kind === 'resolution') && (
                  <Button
                    color="green"
                    onClick={() =>
                      setForm({
                        mode: { type: 'new', clientId: original.clientId, kind: 'resolution', refersToId: original.id },
                        title: t('journal.complaints.resolveTitle', { summary: original.summary }),
                      })
                    }
                  >
                    {t('journal.complaints.resolve')}
                  </Button>
                )}
                <Button
                  variant="default"
                  onClick={() =>
                    setForm({
                      mode: { type: 'new', clientId: original.clientId, kind: 'follow_up', refersToId: original.id },
                      title: t('journal.complaints.followUpTitle', { summary: original.summary }),
                    })
                  }
                >
                  {t('journal.complaints.followUp')}
                </Button>
              </>
            )}
          </Group>
          {d.refersTo && (
            <Stack gap={4}>
              <Title order={5}>{t('journal.refersTo')}</Title>
              <Button variant="subtle" justify="flex-start" onClick={() => onOpen(d.refersTo!.id)}>
                #{d.refersTo.seq} {d.refersTo.summary}
              </Button>
            </Stack>
          )}
          {d.responses.length > 0 && (
            <Stack gap={4}>
              <Title order={5}>{t('journal.responses')}</Title>
              {d.responses.map((r) => (
                <Button key={r.id} variant="subtle" justify="flex-start" onClick={() => onOpen(r.id)}>
                  <Text size="sm">
                    #{r.seq} {t(`journal.kinds.${r.kind}`)}: {r.summary}
                  </Text>
                </Button>
              ))}
            </Stack>
          )}
        </Stack>
      )}
      <EntryFormModal mode={form?.mode ?? null} title={form?.title ?? ''} onClose={() => setForm(null)} />
    </Drawer>
  );
}
