// A client's Offboarding tab offers only the paths that fit the client now and says why the
// others are not offered: one open case at a time, win back only for a client who left.
import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { ClientOffboardingTab } from '../../src/renderer/src/features/offboarding/client-offboarding-tab';
import { renderWithApp } from './render';
import { newClient, type TempApp } from '../helpers/temp-db';
import type { Client } from '../../src/shared/contract/clients';

let app: TempApp | undefined;
afterEach(() => app?.close());

let client: Client;
function Lazy() {
  return <ClientOffboardingTab client={client} />;
}

describe('offboarding paths that fit the client', () => {
  it('an active client is not offered win back, and sees why', async () => {
    ({ app } = renderWithApp(<Lazy />, { setup: (a) => void (client = a.services.clients.create(newClient('Mehmet Kaya'))) }));
    const winBack = await screen.findByTestId('path-win_back');
    expect(winBack.textContent).toContain('Win back is for a client who has left; this client has not.');
    expect(within(winBack).queryByRole('link')).toBeNull();
    expect(within(screen.getByTestId('path-part_ways')).getByRole('link').getAttribute('href')).toBe(
      `/offboarding/new?client=${client.id}&path=part_ways`,
    );
  });

  it('with a case open, the other paths wait for it and the open one can be resumed', async () => {
    let caseId = 0;
    ({ app } = renderWithApp(<Lazy />, {
      setup: (a) => {
        client = a.services.clients.create(newClient('Mehmet Kaya'));
        caseId = a.services.offboarding.start(client.id, 'reset_terms').id;
        client = a.services.clients.get(client.id);
      },
    }));
    const partWays = await screen.findByTestId('path-part_ways');
    await waitFor(() => expect(partWays.textContent).toContain('Another path is open for this client'));
    expect(within(partWays).queryByRole('link')).toBeNull();
    // the open path says so; it is resumed from the case list, through one Resume link
    expect(screen.getByTestId('path-reset_terms').textContent).toContain('Open now: resume it from the list below.');
    expect(screen.getAllByRole('link', { name: 'Resume' }).map((l) => l.getAttribute('href'))).toEqual([
      `/offboarding/cases/${caseId}`,
    ]);
    // the main process refuses it too
    await expect(
      Promise.resolve().then(() => app!.api.startOffboardingCase({ clientId: client.id, path: 'part_ways' })),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      details: { reason: 'open_case', caseId },
    });
  });
});
