import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { MoneyTab } from '../../src/renderer/src/features/money/money-tab';
import { ValueTab } from '../../src/renderer/src/features/value/value-tab';
import { ScreeningTab } from '../../src/renderer/src/features/value/screening-tab';
import { SettingsPage } from '../../src/renderer/src/features/settings/settings-page';
import { renderWithApp } from './render';
import type { TempApp } from '../helpers/temp-db';
import type { Client } from '../../src/shared/contract/clients';

let app: TempApp | undefined;
afterEach(() => app?.close());

let client: Client;
/** Renders after `setup` ran, so the client exists by then. */
function Lazy({ render }: { render: () => React.ReactElement }) {
  return render();
}
const withClient = (a: TempApp) => {
  client = a.services.clients.create({ name: 'Kaya', paymentTermsValue: 15 } as never);
};

describe('Money tab', () => {
  it('refuses an invoice without an amount, then records one with its due date from the terms', async () => {
    ({ app } = renderWithApp(<Lazy render={() => <MoneyTab client={client} />} />, { setup: withClient }));
    expect(await screen.findByText(/No invoices yet/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'New invoice' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText(/Issued on/), { target: { value: '2026-11-01' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText('Enter an amount.')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText(/Amount charged/), { target: { value: '1200' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(app!.services.money.ledger(client.id).invoices).toHaveLength(1));
    const [inv] = app.services.money.ledger(client.id).invoices;
    expect(inv).toMatchObject({ number: 'INV-2026-0001', dueOn: '2026-11-16', amountMinor: 120_000 });
    expect(await screen.findByText('INV-2026-0001')).toBeTruthy();
  });
});

describe('Value tab', () => {
  it('explains each figure with its numbers and shows the recommendation', async () => {
    ({ app } = renderWithApp(<Lazy render={() => <ValueTab client={client} />} />, {
      setup: (a) => {
        withClient(a);
        const inv = a.services.money.createInvoice(client.id, {
          number: 'A-1',
          issuedOn: '2026-06-01',
          dueOn: '2026-06-15',
          amountMinor: 500_000,
          listPriceMinor: null,
          currency: null,
          description: '',
        });
        a.services.money.addPayment(inv.id, { paidOn: '2026-06-10', amountMinor: 500_000, note: '' });
      },
    }));
    expect(await screen.findByText('TRY 5,000.00', { selector: '[data-testid="figure-revenue-value"]' })).toBeTruthy();
    expect(screen.getByText(/1 invoices issued from/)).toBeTruthy();
    expect(screen.getByTestId('recommendation-action').textContent).toBe('Keep');
    expect(screen.getByTestId('health').textContent).toContain('100/100');
    expect(screen.getAllByRole('slider')).toHaveLength(3);
  });
});

describe('Prospect screening', () => {
  it('gives a verdict with reasons once every question is answered', async () => {
    ({ app } = renderWithApp(<Lazy render={() => <ScreeningTab client={client} />} />, { setup: withClient }));
    expect(await screen.findByText('Not screened yet.')).toBeTruthy();
    const submit = screen.getByRole('button', { name: 'Screen' });
    expect((submit as HTMLButtonElement).disabled).toBe(true);
    for (const group of screen.getAllByRole('radiogroup')) fireEvent.click(within(group).getAllByRole('radio')[0]!);
    fireEvent.click(submit);
    // "Yes" to a habit of public complaints stops the deal.
    expect(await screen.findByText('No-go')).toBeTruthy();
    expect(screen.getByText('They complain in public as a habit.')).toBeTruthy();
  });
});

describe('Settings: value calculator', () => {
  it('refuses retention at or above 1 + discount rate with a translated message', async () => {
    ({ app } = renderWithApp(<SettingsPage />));
    const retention = await screen.findByLabelText('Retention probability (%)');
    fireEvent.change(retention, { target: { value: '100' } });
    fireEvent.change(screen.getByLabelText('Discount rate (%)'), { target: { value: '0' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save value settings' }));
    expect(await screen.findByText(/Retention must be below 100% \+ the discount rate/)).toBeTruthy();
    expect(app.services.valuation.valuationSettings().retentionProbability).toBeNull();
    expect(screen.getByText('Activity catalogue')).toBeTruthy();
  });
});
