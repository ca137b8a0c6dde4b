import { AppShell, Group, NavLink, ScrollArea, Text, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterLink, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { navItems } from './routes';
import { QuickEntry } from '../features/journal/quick-entry';
import { TeamChip } from '../features/team/team-chip';

/** The app frame: navigation on the left (Alt+1…5 jump between areas), the page on the right. */
export function Layout({ businessName }: { businessName: string }) {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  useHotkeys(navItems.map((item, i) => [`alt+${i + 1}`, () => void navigate(item.path)]));

  return (
    <AppShell navbar={{ width: 220, breakpoint: 0 }} padding="lg">
      <a href="#main" className="skip-link">
        {t('nav.skipToContent')}
      </a>
      <AppShell.Navbar p="sm" aria-label={t('app.name')}>
        <Group mb="md" px="xs" gap={2} style={{ flexDirection: 'column', alignItems: 'flex-start' }}>
          <Title order={4}>{t('app.name')}</Title>
          <Text size="xs" c="dimmed" data-testid="business-name">
            {businessName}
          </Text>
          <TeamChip />
        </Group>
        <ScrollArea component="nav">
          {navItems.map((item, i) => {
            const isActive = item.path === '/' ? location.pathname === '/' : location.pathname.startsWith(item.path);
            return (
              <NavLink
                key={item.path}
                component={RouterLink}
                to={item.path}
                label={t(item.label)}
                active={isActive}
                aria-current={isActive ? 'page' : undefined}
                aria-keyshortcuts={`Alt+${i + 1}`}
              />
            );
          })}
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <Outlet />
      </AppShell.Main>
      <QuickEntry />
    </AppShell>
  );
}
