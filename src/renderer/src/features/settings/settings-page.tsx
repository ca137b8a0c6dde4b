import { Box, Group, NavLink, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useRef, useState, type ComponentType, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, NavLink as RouterLink, useLocation, useNavigate, useParams } from 'react-router-dom';
import { fold } from '@shared/domain/fold';
import { EmptyState } from '../../lib/empty-state';
import { ErrorAlert } from '../../lib/error-alert';
import { ProfileForm } from './profile-form';
import { useSettings } from '../../lib/use-settings';
import { ActivityCatalogue } from './activity-catalogue';
import { SampleDataSection } from './sample-data-section';
import { useValueSettings } from './use-value-settings';
import { ValueSettingsForm } from './value-settings-form';

/** A view of Settings another feature adds (composed in app/settings-sections.tsx). */
export interface SettingsSection {
  id: string;
  Component: ComponentType;
  /** the group it is listed under in the left-hand list */
  group?: 'business' | 'safety';
  /** catalogue keys of the labels of its settings: the search finds a setting by its label */
  labels?: string[];
}

interface View {
  id: string;
  group: 'business' | 'safety';
  labels: string[];
  body: ReactNode;
}

function ValueSection({ currency }: { currency: string }) {
  const valueSettings = useValueSettings();
  if (valueSettings.error) return <ErrorAlert error={valueSettings.error} onRetry={() => void valueSettings.refetch()} />;
  if (!valueSettings.data) return null;
  return (
    <Stack>
      <ValueSettingsForm view={valueSettings.data} currency={currency} />
      <ActivityCatalogue view={valueSettings.data} currency={currency} />
    </Stack>
  );
}

const profileLabels = [
  'businessName',
  'ownerName',
  'ownerTitle',
  'place',
  'currency',
  'language',
  'timeZone',
  'monthlyCapacityCost',
  'paidHoursPerMonth',
  'practicalCapacityPct',
].map((f) => `settings.fields.${f}`);
const valueLabels = [
  'windowMonths',
  'retention',
  'discountRate',
  'defaultCac',
  'monthsToReplace',
  'targetMargin',
  'smallLoss',
  'refillShare',
  'weights',
  'catalogue',
].map((f) => `value.settings.${f}`);

/**
 * Settings as separate views: a list of sections on the left (grouped, searchable, arrow keys
 * move between them), one section at a time on the right at `/settings/<section>`. `sections`
 * come from app/settings-sections.tsx (features never import each other). An old deep link
 * `/settings#backups` lands on `/settings/backups`; `/settings` opens the business profile.
 */
export function SettingsPage({ sections = [] }: { sections?: SettingsSection[] }) {
  const { t } = useTranslation();
  const settings = useSettings();
  const { section } = useParams();
  const { hash } = useLocation();
  const navigate = useNavigate();
  const [find, setFind] = useState('');
  const viewRef = useRef<HTMLDivElement>(null);
  const navRef = useRef<HTMLElement>(null);
  if (settings.error) return <ErrorAlert error={settings.error} onRetry={() => void settings.refetch()} />;
  if (!settings.data) return null;
  const currency = settings.data.profile?.currency ?? 'TRY';
  const all: View[] = [
    {
      id: 'profile',
      group: 'business',
      labels: profileLabels,
      body: <ProfileForm profile={settings.data.profile} submitLabel={t('actions.save')} />,
    },
    { id: 'value', group: 'business', labels: valueLabels, body: <ValueSection currency={currency} /> },
    { id: 'sample', group: 'business', labels: ['value.sample.remove'], body: <SampleDataSection /> },
    ...sections.map(({ id, Component, group, labels }) => ({
      id,
      group: group ?? 'safety',
      labels: labels ?? [],
      body: <Component />,
    })),
  ];
  if (!section) {
    const wanted = hash.slice(1);
    const target = all.some((x) => x.id === wanted) ? wanted : 'profile';
    return <Navigate replace to={`/settings/${target}`} />;
  }
  const current = all.find((x) => x.id === section);
  const title = (id: string) => t(`settings.sections.${id}.title`, { defaultValue: id });
  const q = fold(find.trim());
  const matches = (s: string) => fold(s).includes(q);
  const shown = all
    .map((x) => {
      if (!q) return { ...x, hit: null };
      const sectionHit = matches(`${title(x.id)} ${t(`settings.sections.${x.id}.keywords`, { defaultValue: '' })}`);
      const labelHit = x.labels.map((k) => t(k)).find(matches) ?? null;
      return sectionHit || labelHit ? { ...x, hit: sectionHit ? null : labelHit } : null;
    })
    .filter((x) => x !== null);
  const open = (id: string) => {
    void navigate(`/settings/${id}`);
    viewRef.current?.focus();
  };
  const onFindKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter' && shown[0]) {
      e.preventDefault();
      open(shown[0].id);
    }
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      navRef.current?.querySelector<HTMLElement>('a')?.focus();
    }
  };
  // Up and down move between the sections, as in any list.
  const onNavKey = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const links = [...(navRef.current?.querySelectorAll<HTMLElement>('a') ?? [])];
    const i = links.indexOf(document.activeElement as HTMLElement);
    const next = links[i + (e.key === 'ArrowDown' ? 1 : -1)];
    if (next) {
      e.preventDefault();
      next.focus();
    }
  };
  const groups = (['business', 'safety'] as const)
    .map((g) => ({ g, items: shown.filter((x) => x.group === g) }))
    .filter((x) => x.items.length > 0);
  return (
    <Stack>
      <Title order={2}>{t('settings.title')}</Title>
      <Group align="flex-start" wrap="nowrap" gap="lg">
        <Paper withBorder p="sm" w={250} style={{ flexShrink: 0, position: 'sticky', top: 16 }} data-testid="settings-jump">
          <TextInput
            type="search"
            label={t('settings.sections.find')}
            placeholder={t('settings.sections.findPlaceholder')}
            value={find}
            onChange={(e) => setFind(e.currentTarget.value)}
            onKeyDown={onFindKey}
            mb="sm"
          />
          <nav aria-label={t('settings.sections.nav')} ref={navRef} onKeyDown={onNavKey}>
            {groups.map(({ g, items }) => (
              <Box key={g} mb="xs">
                <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="xs" mb={2} aria-hidden>
                  {t(`settings.groups.${g}`)}
                </Text>
                {items.map((x) => (
                  <NavLink
                    key={x.id}
                    component={RouterLink}
                    to={`/settings/${x.id}`}
                    label={title(x.id)}
                    description={x.hit ?? undefined}
                    active={x.id === section}
                    aria-current={x.id === section ? 'page' : undefined}
                  />
                ))}
              </Box>
            ))}
            {shown.length === 0 && (
              <Text size="sm" c="dimmed" px="xs">
                {t('settings.sections.none')}
              </Text>
            )}
          </nav>
        </Paper>
        <Box
          flex={1}
          miw={0}
          ref={viewRef}
          tabIndex={-1}
          role="region"
          aria-label={current ? title(current.id) : t('settings.title')}
          data-testid={`settings-view-${section}`}
          style={{ outline: 'none' }}
        >
          {current ? current.body : <EmptyState>{t('settings.sections.unknown')}</EmptyState>}
        </Box>
      </Group>
    </Stack>
  );
}
