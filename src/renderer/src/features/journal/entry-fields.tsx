import { ActionIcon, Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { JournalAttachment } from '@shared/contract/journal';
import { findNonApologies } from '@shared/domain/apology';
import { errorMessage } from '../../lib/error-alert';
import { useFormat } from '../../lib/format';
import { Attachments } from './entry-view';
import { useChooseAttachments } from './use-journal';

/** Exact words: one box per quote, kept verbatim. */
export function QuotesField({
  value,
  onChange,
  errorOf,
  isAsked,
}: {
  value: string[];
  onChange: (v: string[]) => void;
  errorOf: (i: number) => string | undefined;
  isAsked: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {t('journal.fields.quotes')}
        {isAsked && (
          <Text span c="red">
            {' '}
            *
          </Text>
        )}
      </Text>
      <Text size="xs" c="dimmed">
        {t('journal.fields.quotesHint')}
      </Text>
      {value.map((q, i) => (
        <Group key={i} align="flex-start" wrap="nowrap">
          <Textarea
            aria-label={t('journal.fields.quote', { n: i + 1 })}
            value={q}
            autosize
            minRows={1}
            style={{ flex: 1 }}
            error={errorOf(i)}
            onChange={(e) => onChange(value.map((x, j) => (j === i ? e.currentTarget.value : x)))}
          />
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={t('journal.fields.removeQuote')}
            onClick={() => onChange(value.filter((_, j) => j !== i))}
          >
            ×
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button size="compact-sm" variant="light" onClick={() => onChange([...value, ''])}>
          {t('journal.fields.addQuote')}
        </Button>
      </Group>
    </Stack>
  );
}

/** Files chosen through the OS dialog in main; the renderer only ever sees fingerprints. */
export function AttachmentsField({
  value,
  onChange,
}: {
  value: JournalAttachment[];
  onChange: (v: JournalAttachment[]) => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const choose = useChooseAttachments();
  const pick = async () => {
    try {
      const r = await choose.mutateAsync(undefined);
      for (const x of r.refused) {
        notifications.show({
          color: 'red',
          autoClose: false,
          message: t(`journal.attachments.refused.${x.reason}`, {
            name: x.name,
            max: `${fmt.number(r.maxBytes / 1024 / 1024, 1)} MB`,
          }),
        });
      }
      if (r.stored.length) onChange([...value, ...r.stored]);
    } catch (e) {
      notifications.show({ color: 'red', message: errorMessage(t, e) });
    }
  };
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {t('journal.fields.attachments')}
      </Text>
      {value.length > 0 && <Attachments list={value} />}
      <Group>
        <Button size="compact-sm" variant="light" loading={choose.isPending} onClick={() => void pick()}>
          {t('journal.fields.attach')}
        </Button>
        {value.length > 0 && (
          <Button size="compact-sm" variant="subtle" color="gray" onClick={() => onChange(value.slice(0, -1))}>
            {t('journal.attachments.remove')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}

/** DOMAIN.md §5: "sorry you feel that way" is not an apology. Warns, does not block. */
export function NonApologyWarning({ texts }: { texts: string[] }) {
  const { t } = useTranslation();
  const hits = findNonApologies(texts.join('\n'));
  if (hits.length === 0) return null;
  return (
    <Alert color="yellow" data-testid="non-apology">
      {hits.map((h) => (
        <Text key={h.phrase} size="sm">
          {t('journal.complaints.nonApology', { phrase: h.phrase })}
        </Text>
      ))}
    </Alert>
  );
}
