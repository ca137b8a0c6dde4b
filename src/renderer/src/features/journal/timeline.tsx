import { Badge, Box, Button, Group, Loader, Mark, Paper, SimpleGrid, Stack, Text, UnstyledButton } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { JournalEntry, JournalListItem, JournalSearchHit } from '@shared/contract/journal';
import { splitMarked } from '@shared/domain/fts-query';
import { useApiQuery } from '../../lib/api';
import { EmptyState } from '../../lib/empty-state';
import { ErrorAlert } from '../../lib/error-alert';
import { EntryHeader } from './entry-view';
import { useJournalSearch, useJournalTimeline, type Filter } from './use-journal';

/**
 * Matches from snippet()/highlight(), marked without ever rendering HTML. As the title (a match
 * in the summary) it is not clamped: a long summary comes as the words around the match.
 */
export function Snippet({ text, asTitle = false }: { text: string; asTitle?: boolean }) {
  return (
    <Text size="sm" data-testid="snippet" style={{ unicodeBidi: 'plaintext' }} {...(asTitle ? { fw: 500 } : {})}>
      {splitMarked(text).map((p, i) => (p.isMatch ? <Mark key={i}>{p.text}</Mark> : <span key={i}>{p.text}</span>))}
    </Text>
  );
}

interface Row {
  entry: JournalEntry;
  amendments: JournalEntry[];
  hit: Pick<JournalSearchHit, 'snippet' | 'field'> | null;
}

function EntryRow({ row, showClient, onOpen }: { row: Row; showClient: boolean; onOpen: (id: number) => void }) {
  const { t } = useTranslation();
  const { entry, amendments, hit } = row;
  const latest = amendments.at(-1);
  return (
    <UnstyledButton onClick={() => onOpen(entry.id)} w="100%" data-testid="journal-row" aria-label={entry.summary}>
      <Paper withBorder p="xs" radius="sm">
        <Stack gap={4}>
          <Group justify="space-between" wrap="nowrap">
            <EntryHeader entry={entry} showClient={showClient} />
            {entry.amendsId && (
              <Badge size="sm" variant="outline" color="blue">
                {t('journal.correctionBadge')}
              </Badge>
            )}
          </Group>
          {/* An amended entry is shown with its correction beside it; the original is never hidden. */}
          <SimpleGrid cols={latest ? 2 : 1} spacing="sm">
            <Box>
              {latest && (
                <Text size="xs" c="dimmed" tt="uppercase">
                  {t('journal.original')}
                </Text>
              )}
              {/* a match in the summary marks the summary itself: its text is shown once */}
              {hit?.field === 'summary' ? (
                <Snippet text={hit.snippet} asTitle />
              ) : (
                <Text size="sm" fw={500} lineClamp={2} style={{ unicodeBidi: 'plaintext' }}>
                  {entry.summary}
                </Text>
              )}
              {hit && hit.field !== 'summary' && <Snippet text={hit.snippet} />}
              {!hit && entry.quotes[0] && (
                <Text size="sm" fs="italic" c="red.8" lineClamp={1}>
                  “{entry.quotes[0]}”
                </Text>
              )}
            </Box>
            {latest && (
              <Box style={{ borderLeft: '3px solid var(--mantine-color-blue-4)', paddingLeft: 8 }} data-testid="amendment-beside">
                <Text size="xs" c="blue" tt="uppercase">
                  {t('journal.amended', { count: amendments.length })}
                </Text>
                <Text size="sm" fw={500} lineClamp={2}>
                  {latest.summary}
                </Text>
              </Box>
            )}
          </SimpleGrid>
        </Stack>
      </Paper>
    </UnstyledButton>
  );
}

/**
 * The journal as a virtualised list: only visible rows are in the DOM and older pages load as
 * the owner scrolls, so 100,000 entries scroll like 100. With a search, shows matches instead.
 */
export function Timeline({
  filter,
  search,
  onOpen,
  onNew,
  height = 'calc(100vh - 300px)',
}: {
  filter: Filter;
  search: string;
  onOpen: (id: number) => void;
  /** the empty journal's one next step: write the first entry */
  onNew?: () => void;
  height?: string;
}) {
  const { t } = useTranslation();
  // an empty journal of the whole business with no client yet: the next step is a client
  const clients = useApiQuery(
    'listClients',
    { search: '', status: null, includeArchived: true },
    { enabled: filter.clientId === null },
  );
  const isSearch = search.trim().length > 0;
  const list = useJournalTimeline(filter);
  const found = useJournalSearch(search, filter);
  const q = isSearch ? found : list;
  const rows: Row[] = isSearch
    ? (found.data?.pages ?? []).flatMap((p) => p.items.map((h) => ({ entry: h.entry, amendments: [], hit: h })))
    : (list.data?.pages ?? []).flatMap((p) =>
        p.items.map((e: JournalListItem) => ({ entry: e, amendments: e.amendments, hit: null })),
      );
  const parent = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({
    count: rows.length + (q.hasNextPage ? 1 : 0),
    getScrollElement: () => parent.current,
    estimateSize: () => 96,
    overscan: 8,
    initialRect: { width: 900, height: 700 },
    getItemKey: (i) => rows[i]?.entry.id ?? 'more',
  });
  const items = virtual.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? 0;
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = q;
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && lastIndex >= rows.length - 1) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage, lastIndex, rows.length]);

  if (q.error) return <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />;
  if (q.isPending && (isSearch ? found.fetchStatus !== 'idle' : true)) return <Loader size="sm" />;
  if (rows.length === 0) {
    const isFiltered =
      filter.kinds.length + filter.channels.length + filter.severities.length > 0 ||
      !!filter.from ||
      !!filter.to ||
      filter.lateOnly;
    if (isSearch || isFiltered) return <EmptyState>{isSearch ? t('journal.search.none') : t('journal.noMatch')}</EmptyState>;
    if (filter.clientId === null && clients.data?.length === 0) {
      return (
        <EmptyState
          action={
            <Button component={Link} to="/clients?new=1">
              {t('journal.addClient')}
            </Button>
          }
        >
          {t('journal.emptyNoClients')}
        </EmptyState>
      );
    }
    return (
      <EmptyState
        action={
          onNew && (
            <Button variant="light" onClick={onNew}>
              {t('journal.emptyAction')}
            </Button>
          )
        }
      >
        {t('journal.empty')}
      </EmptyState>
    );
  }
  return (
    <Stack gap={4}>
      <Text size="sm" c="dimmed" aria-live="polite" data-testid="journal-count">
        {isSearch
          ? q.hasNextPage
            ? t('journal.search.moreResults', { count: rows.length })
            : t('journal.search.results', { count: rows.length })
          : q.hasNextPage
            ? `${t('journal.count', { count: rows.length })}+`
            : t('journal.count', { count: rows.length })}
      </Text>
      <div ref={parent} style={{ height, overflow: 'auto' }} data-testid="journal-list" role="list">
        <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
          {items.map((v) => {
            const row = rows[v.index];
            return (
              <div
                key={v.key}
                data-index={v.index}
                ref={virtual.measureElement}
                role="listitem"
                style={{
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  width: '100%',
                  transform: `translateY(${v.start}px)`,
                  paddingBottom: 6,
                }}
              >
                {row ? (
                  <EntryRow row={row} showClient={filter.clientId === null} onOpen={onOpen} />
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('journal.loadingMore')}
                  </Text>
                )}
              </div>
            );
          })}
        </div>
      </div>
    </Stack>
  );
}
