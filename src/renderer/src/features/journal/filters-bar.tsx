import { Button, Checkbox, Group, MultiSelect, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { channels, journalKinds, severities } from '@shared/domain/journal-kinds';
import { emptyFilter, useClientChoices, type Filter } from './use-journal';

export function FiltersBar({
  filter,
  onChange,
  search,
  onSearch,
  withClient,
}: {
  filter: Filter;
  onChange: (f: Filter) => void;
  search: string;
  onSearch: (s: string) => void;
  withClient: boolean;
}) {
  const { t } = useTranslation();
  const clients = useClientChoices();
  const opt = (list: readonly string[], prefix: string) => list.map((x) => ({ value: x, label: t(`${prefix}.${x}`) }));
  const set = <K extends keyof Filter>(k: K, v: Filter[K]) => onChange({ ...filter, [k]: v });
  return (
    <Group align="flex-end" gap="sm">
      <TextInput
        type="search"
        aria-label={t('actions.search')}
        placeholder={t('journal.search.placeholder')}
        value={search}
        onChange={(e) => onSearch(e.currentTarget.value)}
        w={320}
      />
      {withClient && (
        <Select
          aria-label={t('journal.filters.client')}
          placeholder={t('journal.filters.allClients')}
          data={clients.map((c) => ({ value: String(c.id), label: c.name }))}
          value={filter.clientId ? String(filter.clientId) : null}
          onChange={(v) => set('clientId', v ? Number(v) : null)}
          clearable
          searchable
          w={200}
        />
      )}
      <MultiSelect
        aria-label={t('journal.filters.kinds')}
        placeholder={filter.kinds.length ? undefined : t('journal.filters.kinds')}
        data={opt(journalKinds, 'journal.kinds')}
        value={filter.kinds}
        onChange={(v) => set('kinds', v as Filter['kinds'])}
        clearable
        w={220}
      />
      <MultiSelect
        aria-label={t('journal.filters.channels')}
        placeholder={filter.channels.length ? undefined : t('journal.filters.channels')}
        data={opt(channels, 'journal.channels')}
        value={filter.channels}
        onChange={(v) => set('channels', v as Filter['channels'])}
        clearable
        w={180}
      />
      <MultiSelect
        aria-label={t('journal.filters.severities')}
        placeholder={filter.severities.length ? undefined : t('journal.filters.severities')}
        data={opt(severities, 'journal.severities')}
        value={filter.severities}
        onChange={(v) => set('severities', v as Filter['severities'])}
        clearable
        w={180}
      />
      <TextInput
        type="date"
        label={t('journal.filters.from')}
        value={filter.from ?? ''}
        onChange={(e) => set('from', e.currentTarget.value || null)}
        w={150}
      />
      <TextInput
        type="date"
        label={t('journal.filters.to')}
        value={filter.to ?? ''}
        onChange={(e) => set('to', e.currentTarget.value || null)}
        w={150}
      />
      <Checkbox
        label={t('journal.filters.lateOnly')}
        checked={filter.lateOnly}
        onChange={(e) => set('lateOnly', e.currentTarget.checked)}
        mb={8}
      />
      <Button
        variant="subtle"
        size="compact-sm"
        mb={6}
        onClick={() => {
          onChange({ ...emptyFilter, clientId: withClient ? null : filter.clientId });
          onSearch('');
        }}
      >
        {t('journal.filters.clear')}
      </Button>
    </Group>
  );
}
