import type { ReactElement } from 'react';
import { ClientPage } from '../features/clients/client-page';
import { clientTabs } from './client-tabs';
import { ClientsPage } from '../features/clients/clients-page';
import { DashboardPage } from '../features/dashboard/dashboard-page';
import { TodayPanel } from '../features/journal/today-panel';
import { ReceiptReminder } from '../features/safety/receipts-section';
import { JournalPage } from '../features/journal/journal-page';
import { OffboardingPage } from '../features/offboarding/offboarding-page';
import { NewCasePage } from '../features/offboarding/new-case-page';
import { CasePage } from '../features/offboarding/case-page';
import { LessonsPanel } from '../features/offboarding/lessons-panel';
import { SettingsPage } from '../features/settings/settings-page';
import { settingsSections } from './settings-sections';
import { PeoplePanel } from '../features/people/people-panel';
import { TeamPage } from '../features/people/team-page';
import { ConflictsPage } from '../features/team/conflicts-page';

export const navItems = [
  { path: '/', label: 'nav.dashboard' },
  { path: '/clients', label: 'nav.clients' },
  { path: '/journal', label: 'nav.journal' },
  { path: '/offboarding', label: 'nav.offboarding' },
  { path: '/settings', label: 'nav.settings' },
] as const;

/** Every page of the app. A feature adds its routes here. */
export const pageRoutes: { path: string; element: ReactElement }[] = [
  {
    path: '/',
    element: (
      <DashboardPage
        today={
          <>
            <ReceiptReminder link />
            <TodayPanel />
          </>
        }
        lessons={<LessonsPanel />}
        team={<PeoplePanel />}
      />
    ),
  },
  { path: '/clients', element: <ClientsPage /> },
  { path: '/clients/:id', element: <ClientPage tabs={clientTabs} /> },
  { path: '/journal', element: <JournalPage /> },
  { path: '/team', element: <TeamPage /> },
  { path: '/offboarding', element: <OffboardingPage /> },
  { path: '/offboarding/new', element: <NewCasePage /> },
  { path: '/offboarding/cases/:id', element: <CasePage /> },
  { path: '/settings', element: <SettingsPage sections={settingsSections} /> },
  { path: '/settings/:section', element: <SettingsPage sections={settingsSections} /> },
  { path: '/settings/team/conflicts', element: <ConflictsPage /> },
];
