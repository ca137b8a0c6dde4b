// First use (issue 17 item 7): every list, table and chart of a new owner's empty database says
// what will appear there and offers the one next step, and that step works.
import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { Route, Routes, useLocation } from 'react-router-dom';
import { DashboardPage } from '../../src/renderer/src/features/dashboard/dashboard-page';
import { ClientsPage } from '../../src/renderer/src/features/clients/clients-page';
import { JournalView } from '../../src/renderer/src/features/journal/journal-view';
import { ComplaintsQueue } from '../../src/renderer/src/features/journal/complaints-queue';
import { MoneyTab } from '../../src/renderer/src/features/money/money-tab';
import { ReceiptsSection } from '../../src/renderer/src/features/safety/receipts-section';
import { OffboardingPage } from '../../src/renderer/src/features/offboarding/offboarding-page';
import { renderWithApp } from './render';
import { newClient, type TempApp } from '../helpers/temp-db';
import type { Client } from '../../src/shared/contract/clients';

let app: TempApp | undefined;
afterEach(() => app?.close());

function Where() {
  const { pathname, search } = useLocation();
  return <output data-testid="where">{pathname + search}</output>;
}
const empty = async () => screen.findByTestId('empty-state');

describe('empty and first-use states', () => {
  it('dashboard: what the portfolio will show, and "Add your first client" opens the new-client form', async () => {
    ({ app } = renderWithApp(
      <>
        <Routes>
          <Route path="/" element={<DashboardPage />} />
          <Route path="/clients" element={<ClientsPage />} />
        </Routes>
        <Where />
      </>,
    ));
    const box = await empty();
    expect(within(box).getByRole('heading', { name: 'Your portfolio appears here' })).toBeTruthy();
    expect(within(box).getByText(/who earns you money, who costs you/)).toBeTruthy();
    fireEvent.click(within(box).getByRole('link', { name: 'Add your first client' }));
    expect(screen.getByTestId('where').textContent).toBe('/clients?new=1');
    expect(await screen.findByRole('dialog', { name: 'New client' })).toBeTruthy();
  });

  it('clients: "Add the first client" opens the form; a search that finds nothing offers no such step', async () => {
    ({ app } = renderWithApp(<ClientsPage />, { route: '/clients' }));
    const box = await empty();
    expect(within(box).getByText(/No clients yet/)).toBeTruthy();
    fireEvent.click(within(box).getByRole('button', { name: 'Add the first client' }));
    expect(await screen.findByRole('dialog', { name: 'New client' })).toBeTruthy();
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Cancel' }));
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search' }), { target: { value: 'zzz' } });
    const none = await screen.findByText('No client matches this search.');
    expect(within(none.closest('[data-testid="empty-state"]')!).queryByRole('button')).toBeNull();
  });

  it('journal without any client: add a client first', async () => {
    ({ app } = renderWithApp(
      <>
        <JournalView clientId={null} />
        <Where />
      </>,
      { route: '/journal' },
    ));
    const box = await empty();
    expect(within(box).getByText(/add a client first/)).toBeTruthy();
    fireEvent.click(within(box).getByRole('link', { name: 'Add your first client' }));
    expect(screen.getByTestId('where').textContent).toBe('/clients?new=1');
  });

  it('journal with a client and no entry: "Write the first entry" opens the entry form', async () => {
    ({ app } = renderWithApp(<JournalView clientId={null} />, {
      route: '/journal',
      setup: (a) => void a.services.clients.create(newClient('Mehmet Kaya')),
    }));
    const box = await screen.findByText(/Nothing recorded yet/);
    fireEvent.click(
      within(box.closest('[data-testid="empty-state"]') as HTMLElement).getByRole('button', { name: 'Write the first entry' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'New entry' });
    expect(within(dialog).getByLabelText(/Summary/)).toBeTruthy();
  });

  it('complaints: what waits here, and "Record a complaint" opens a complaint form', async () => {
    let client: Client | undefined;
    ({ app } = renderWithApp(<ComplaintsQueue clientId={1} onOpen={() => undefined} />, {
      setup: (a) => void (client = a.services.clients.create(newClient('Mehmet Kaya'))),
    }));
    expect(client?.id).toBe(1);
    const box = await empty();
    expect(within(box).getByText(/No complaints recorded yet/)).toBeTruthy();
    // one message, not three empty sections
    expect(screen.queryByTestId('complaint-queue')).toBeNull();
    fireEvent.click(within(box).getByRole('button', { name: 'Record a complaint' }));
    const dialog = await screen.findByRole('dialog', { name: 'Record a complaint' });
    expect(within(dialog).getAllByDisplayValue('Complaint').length).toBeGreaterThan(0);
  });

  it('money: "Add the first invoice" opens the invoice form', async () => {
    let client: Client | undefined;
    function Lazy() {
      return <MoneyTab client={client!} />;
    }
    ({ app } = renderWithApp(<Lazy />, { setup: (a) => void (client = a.services.clients.create(newClient('Kaya'))) }));
    const box = await empty();
    expect(within(box).getByText(/No invoices yet/)).toBeTruthy();
    fireEvent.click(within(box).getByRole('button', { name: 'Add the first invoice' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByLabelText(/Issued on/)).toBeTruthy();
  });

  it('receipts: what will be listed, under the button that makes one', async () => {
    ({ app } = renderWithApp(<ReceiptsSection />));
    const box = await empty();
    expect(within(box).getByRole('heading', { name: 'No receipt made yet.' })).toBeTruthy();
    expect(within(box).getByText(/Each receipt you make is listed here/)).toBeTruthy();
  });

  it('offboarding: no open case points to the start form on the same page', async () => {
    ({ app } = renderWithApp(<OffboardingPage />, { route: '/offboarding' }));
    expect(await screen.findByText(/No open cases\. When a client leaves/)).toBeTruthy();
    expect(screen.getByText('Start a path')).toBeTruthy();
  });

  it('charts of clients without invoices say what will appear instead of drawing zeros', async () => {
    ({ app } = renderWithApp(<DashboardPage />, { setup: (a) => void a.services.clients.create(newClient('Kaya')) }));
    expect((await screen.findByTestId('chart-whale-empty')).textContent).toMatch(/fills in as you record invoices/);
    expect(screen.getByTestId('chart-ageing-empty').textContent).toMatch(/Nothing is owed to you now/);
    expect(screen.queryByTestId('empty-state')).toBeNull();
  });
});
