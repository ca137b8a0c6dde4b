import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { ClientsPage } from '../../src/renderer/src/features/clients/clients-page';
import { renderWithApp } from './render';
import { newClient, type TempApp } from '../helpers/temp-db';
import { call } from '../helpers/call';

let app: TempApp | undefined;
afterEach(() => app?.close());

describe('a client name that looks like another', () => {
  it('is found over the API, the renamed client left out', async () => {
    ({ app } = renderWithApp(<ClientsPage />, { setup: (a) => void a.services.clients.create(newClient('Mehmet Kaya')) }));
    const [kaya] = await call(app.api, 'listClients', {});
    expect((await call(app.api, 'findLookalikeClients', { name: 'MEHMET K\u0430YA' })).map((c) => c.name)).toEqual([
      'Mehmet Kaya',
    ]);
    expect(await call(app.api, 'findLookalikeClients', { name: 'Mehmet Kaya', exceptId: kaya!.id })).toEqual([]);
    expect(await call(app.api, 'findLookalikeClients', { name: 'Leyla' })).toEqual([]);
  });

  it('is warned about before saving, and saved when the owner confirms', async () => {
    ({ app } = renderWithApp(<ClientsPage />, { setup: (a) => void a.services.clients.create(newClient('Mehmet Kaya')) }));
    fireEvent.click(await screen.findByRole('button', { name: /New client/ }));
    fireEvent.change(await screen.findByLabelText(/^Name/), { target: { value: 'Mehmet K\u0430ya' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const warning = await screen.findByTestId('lookalike-warning');
    expect(warning.textContent).toContain('“Mehmet Kaya”');
    expect((await call(app.api, 'listClients', {})).length).toBe(1); // nothing saved yet
    fireEvent.click(screen.getByRole('button', { name: 'Save anyway' }));
    await waitFor(async () => expect((await call(app!.api, 'listClients', {})).length).toBe(2));
  });
});
