import { Center, Loader, MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { HashRouter, Route, Routes } from 'react-router-dom';
import { ErrorAlert } from '../lib/error-alert';
import { i18n, setLanguage } from '../lib/i18n';
import { SetupPage } from '../features/settings/setup-page';
import { useSettings } from '../lib/use-settings';
import { EmptyState } from '../lib/empty-state';
import { Layout } from './layout';
import { pageRoutes } from './routes';
import { ErrorBoundary } from './error-boundary';
import { SafetyGate } from '../features/safety/safety-gate';
import './app.css';

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, staleTime: 5_000 }, mutations: { retry: false } },
  });
}

function NotFound() {
  const { t } = useTranslation();
  return <EmptyState>{t('shell.notFound')}</EmptyState>;
}

/** Shows first-run setup until the business is set up, then the app shell. */
export function Root() {
  const settings = useSettings();
  const profile = settings.data?.profile;
  useEffect(() => {
    if (profile) setLanguage(profile.language);
  }, [profile]);

  if (settings.error) return <ErrorAlert error={settings.error} onRetry={() => void settings.refetch()} />;
  if (!settings.data) {
    return (
      <Center h="100vh">
        <Loader />
      </Center>
    );
  }
  if (!profile) return <SetupPage />;
  return (
    <Routes>
      <Route element={<Layout businessName={profile.businessName} />}>
        {pageRoutes.map((r) => (
          <Route key={r.path} path={r.path} element={<ErrorBoundary>{r.element}</ErrorBoundary>} />
        ))}
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}

export function Providers({ children, queryClient }: { children: React.ReactNode; queryClient?: QueryClient }) {
  const client = queryClient ?? defaultClient;
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider>
        <Notifications position="bottom-right" />
        <QueryClientProvider client={client}>{children}</QueryClientProvider>
      </MantineProvider>
    </I18nextProvider>
  );
}
const defaultClient = createQueryClient();

export function App() {
  return (
    <Providers>
      <HashRouter>
        <SafetyGate>
          <Root />
        </SafetyGate>
      </HashRouter>
    </Providers>
  );
}
