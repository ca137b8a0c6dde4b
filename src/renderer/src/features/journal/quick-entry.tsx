import { Modal, Text } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import { EntryForm } from './entry-form';
import { call } from '../../lib/api';
import { lastClient } from './use-journal';

/**
 * Quick entry, from anywhere: Ctrl/⌘+J, type a line, Enter. The client is the one on screen,
 * else the last one written about. Mounted once by the app layout.
 */
export function QuickEntry() {
  const { t } = useTranslation();
  const location = useLocation();
  const [opened, setOpened] = useState<{ clientId: number | null } | null>(null);
  const open = () => {
    const onPage = /^\/clients\/(-?\d+)/.exec(location.pathname)?.[1];
    if (onPage) return setOpened({ clientId: Number(onPage) });
    const remembered = lastClient();
    if (remembered) return setOpened({ clientId: remembered });
    // Nothing remembered (first use on this computer): the client of the latest entry, if any.
    call('listJournal', { limit: 1 }).then(
      (p) => setOpened({ clientId: p.items[0]?.clientId ?? null }),
      () => setOpened({ clientId: null }),
    );
  };
  useHotkeys([['mod+J', open]], []);
  return (
    <Modal
      opened={opened !== null}
      onClose={() => setOpened(null)}
      title={t('journal.quickEntry')}
      size="lg"
      data-testid="quick-entry"
    >
      {opened && (
        <>
          <Text size="xs" c="dimmed" mb="xs">
            {t('journal.quickEntryHint')}
          </Text>
          <EntryForm
            compact
            mode={{ type: 'new', clientId: opened.clientId }}
            onCancel={() => setOpened(null)}
            onSaved={() => {
              notifications.show({ color: 'green', message: t('journal.savedNotice') });
              setOpened(null);
            }}
          />
        </>
      )}
    </Modal>
  );
}
