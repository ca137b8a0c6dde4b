import { afterEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { ClientOffboardingTab } from '../../src/renderer/src/features/offboarding/client-offboarding-tab';
import { OffboardingPage } from '../../src/renderer/src/features/offboarding/offboarding-page';
import { seedDifficultClient } from '../helpers/offboarding-fixtures';
import type { TempApp } from '../helpers/temp-db';
import { renderWithApp } from './render';

let app: TempApp | undefined;
afterEach(() => app?.close());

describe('offboarding screens', () => {
  it("the client's tab offers every path that fits an active client and says there is no case yet", async () => {
    // the client exists only once the temp database is set up: render through a wrapper that reads it then
    const seeded: { client?: ReturnType<typeof seedDifficultClient>['client'] } = {};
    const Tab = () => <ClientOffboardingTab client={seeded.client!} />;
    ({ app } = renderWithApp(<Tab />, { setup: (a) => void (seeded.client = seedDifficultClient(a).client) }));
    const client = seeded.client!;
    expect(await screen.findByText('No offboarding cases for this client yet.')).toBeTruthy();
    const links = screen.getAllByRole('link').map((a) => a.getAttribute('href'));
    for (const path of ['reset_terms', 'refer_elsewhere', 'collect_payment', 'part_ways'])
      expect(links).toContain(`/offboarding/new?client=${client.id}&path=${path}`);
    // issue 17 item 6: win back is for a client who left, not for this active one
    expect(links).not.toContain(`/offboarding/new?client=${client.id}&path=win_back`);
  });

  it('the offboarding page lists open cases with their step, and what is due', async () => {
    ({ app } = renderWithApp(<OffboardingPage />, {
      setup: (a) => {
        const { client } = seedDifficultClient(a);
        const c = a.services.offboarding.start(client.id, 'collect_payment');
        a.services.offboarding.save(c.id, 'invoices', {}, false);
        a.services.offboarding.save(c.id, 'reminder', { sentOn: '2026-11-23', payBy: '2026-11-30', letter: 'Reminder' }, false);
      },
    }));
    const row = await screen.findByText('Step: Stop-work notice');
    expect(within(row.closest('tr')!).getByText('Mehmet Kaya')).toBeTruthy();
    expect(await screen.findByText('Payment promised by')).toBeTruthy();
    expect(screen.getByText('30 Nov 2026')).toBeTruthy();
  });
});
