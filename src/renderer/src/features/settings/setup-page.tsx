import { Button, Container, Divider, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProfileForm } from './profile-form';
import { ErrorAlert } from '../../lib/error-alert';
import { useFormat } from '../../lib/format';
import { useLoadSample } from './use-value-settings';

/** First run: nothing else is shown until the business is set up. The language field switches the UI live. */
export function SetupPage() {
  const { t } = useTranslation();
  const { lang } = useFormat();
  const sample = useLoadSample();
  return (
    <Container size="sm" py="xl">
      <Title order={1}>{t('settings.setup.title')}</Title>
      <Text c="dimmed" mt="xs" mb="md">
        {t('settings.setup.intro')}
      </Text>
      <Paper withBorder p="md" mb="md" bg="var(--mantine-color-blue-0)">
        <Text size="sm" mb="xs">
          {t('value.sample.exploreHint')}
        </Text>
        <Button
          variant="light"
          loading={sample.isPending}
          onClick={() => void sample.mutateAsync({ language: lang }).catch(() => undefined)}
        >
          {t('value.sample.explore')}
        </Button>
        {sample.error ? <ErrorAlert error={sample.error} /> : null}
      </Paper>
      <Divider mb="md" />
      <ProfileForm profile={null} submitLabel={t('settings.setup.submit')} />
    </Container>
  );
}
