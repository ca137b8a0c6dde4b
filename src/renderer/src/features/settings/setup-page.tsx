import { Container, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProfileForm } from './profile-form';

/** First run: nothing else is shown until the business is set up. The language field switches the UI live. */
export function SetupPage() {
  const { t } = useTranslation();
  return (
    <Container size="sm" py="xl">
      <Title order={1}>{t('settings.setup.title')}</Title>
      <Text c="dimmed" mt="xs" mb="md">
        {t('settings.setup.intro')}
      </Text>
      <ProfileForm profile={null} submitLabel={t('settings.setup.submit')} />
    </Container>
  );
}
