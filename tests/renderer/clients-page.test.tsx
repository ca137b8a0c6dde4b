import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { ClientsPage } from '../../src/renderer/src/features/clients/clients-page';
import { renderWithApp } from './render';
import { newClient, type TempApp } from '../helpers/temp-db';

let app: TempApp | undefined;
afterEach(() => app?.close());

describe('ClientsPage', () => {
  it('shows an empty state that says what to do', async () => {
    ({ app } = renderWithApp(<ClientsPage />));
    expect(await screen.findByText(/No clients yet/)).toBeTruthy();
  });

  it('lists clients from the database and narrows them by search', async () => {
    ({ app } = renderWithApp(<ClientsPage />, {
      setup: (a) => {
        a.services.clients.create(newClient('Mehmet Kaya', { company: 'Kaya İnşaat' }));
        a.services.clients.create(newClient('Leyla Əliyeva', { status: 'at_risk', isHighProfile: true }));
      },
    }));
    expect(await screen.findByText('2 clients')).toBeTruthy();
    expect(screen.getByText('High profile')).toBeTruthy();
    expect(screen.getAllByText('At risk').length).toBeGreaterThan(0);
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'eliyeva' } });
    await waitFor(() => expect(screen.getByText('1 client')).toBeTruthy());
    expect(screen.queryByText('Mehmet Kaya')).toBeNull();
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'zzz' } });
    expect(await screen.findByText('No client matches this search.')).toBeTruthy();
  });
});

describe('ClientsPage with many clients', () => {
  it('keeps only the visible rows in the DOM', async () => {
    ({ app } = renderWithApp(<ClientsPage />, {
      setup: (a) => {
        const insert = a.database.sqlite.prepare("INSERT INTO clients (name, status) VALUES (?, 'active')");
        a.database.sqlite.transaction(() => {
          for (let i = 0; i < 3000; i++) insert.run(`Client ${String(i).padStart(4, '0')}`);
        })();
      },
    }));
    expect(await screen.findByText('3,000 clients')).toBeTruthy();
    const rows = screen.getAllByTestId('client-row');
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(100);
    expect(screen.getByText('Client 0000')).toBeTruthy();
  });
});
