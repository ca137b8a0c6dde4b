import { Anchor, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import { fold } from '@shared/domain/fold';
import { ErrorAlert } from '../../lib/error-alert';
import { ProfileForm } from './profile-form';
import { useSettings } from '../../lib/use-settings';
import { ActivityCatalogue } from './activity-catalogue';
import { SampleDataSection } from './sample-data-section';
import { useValueSettings } from './use-value-settings';
import { ValueSettingsForm } from './value-settings-form';

const scrollTo = (id: string) =>
  document.getElementById(`settings-${id}`)?.scrollIntoView?.({ behavior: 'smooth', block: 'start' });

/**
 * `sections` come from app/settings-sections.tsx (features never import each other). A jump
 * list at the top names every section and finds one by what the owner types; a link to
 * `/settings#backups` (from a warning elsewhere) lands on that section.
 */
export function SettingsPage({ sections = [] }: { sections?: { id: string; Component: ComponentType }[] }) {
  const { t } = useTranslation();
  const settings = useSettings();
  const valueSettings = useValueSettings();
  const { hash } = useLocation();
  const [find, setFind] = useState('');
  const loaded = !!settings.data;
  useEffect(() => {
    if (loaded && hash.length > 1) scrollTo(hash.slice(1));
  }, [hash, loaded]);
  if (settings.error) return <ErrorAlert error={settings.error} onRetry={() => void settings.refetch()} />;
  if (!settings.data) return null;
  const currency = settings.data.profile?.currency ?? 'TRY';
  const all: { id: string; body: ReactNode }[] = [
    { id: 'profile', body: <ProfileForm profile={settings.data.profile} submitLabel={t('actions.save')} /> },
    {
      id: 'value',
      body: (
        <>
          {valueSettings.error ? <ErrorAlert error={valueSettings.error} /> : null}
          {valueSettings.data && (
            <Stack>
              <ValueSettingsForm view={valueSettings.data} currency={currency} />
              <ActivityCatalogue view={valueSettings.data} currency={currency} />
            </Stack>
          )}
        </>
      ),
    },
    { id: 'sample', body: <SampleDataSection /> },
    ...sections.map(({ id, Component }) => ({ id, body: <Component /> })),
  ];
  const label = (id: string) => t(`settings.sections.${id}.title`, { defaultValue: id });
  const words = (id: string) => `${label(id)} ${t(`settings.sections.${id}.keywords`, { defaultValue: '' })}`;
  const q = fold(find.trim());
  const shown = q ? all.filter((x) => fold(words(x.id)).includes(q)) : all;
  return (
    <Stack>
      <Title order={2}>{t('settings.title')}</Title>
      <Paper withBorder p="sm" data-testid="settings-jump">
        <Group align="flex-end" gap="md">
          <TextInput
            label={t('settings.sections.find')}
            placeholder={t('settings.sections.findPlaceholder')}
            value={find}
            onChange={(e) => setFind(e.currentTarget.value)}
            w={240}
          />
          <Group gap="sm" component="nav" aria-label={t('settings.sections.nav')}>
            {shown.map((x) => (
              <Anchor
                key={x.id}
                href={`#${x.id}`}
                size="sm"
                onClick={(e) => {
                  e.preventDefault();
                  scrollTo(x.id);
                }}
              >
                {label(x.id)}
              </Anchor>
            ))}
            {shown.length === 0 && (
              <Text size="sm" c="dimmed">
                {t('settings.sections.none')}
              </Text>
            )}
          </Group>
        </Group>
      </Paper>
      {all.map((x) => (
        <div key={x.id} id={`settings-${x.id}`} style={{ scrollMarginTop: 16 }}>
          {x.body}
        </div>
      ))}
    </Stack>
  );
}
