import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { MoneyTab } from '../../src/renderer/src/features/money/money-tab';
import { ValueTab } from '../../src/renderer/src/features/value/value-tab';
import { DashboardPage } from '../../src/renderer/src/features/dashboard/dashboard-page';
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
    expect(screen.getByText(/1 invoice issued from/)).toBeTruthy();
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
    // the value calculator is its own view of Settings (issue 17 item 3)
    ({ app } = renderWithApp(
      <Routes>
        <Route path="/settings/:section" element={<SettingsPage />} />
      </Routes>,
      { route: '/settings/value' },
    ));
    const retention = await screen.findByLabelText('Retention probability (%)');
    fireEvent.change(retention, { target: { value: '100' } });
    fireEvent.change(screen.getByLabelText('Discount rate (%)'), { target: { value: '0' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save value settings' }));
    expect(await screen.findByText(/Retention must be below 100% \+ the discount rate/)).toBeTruthy();
    expect(app.services.valuation.valuationSettings().retentionProbability).toBeNull();
    expect(screen.getByText('Activity catalogue')).toBeTruthy();
  });
});

describe('Value tab: trend, evidence numbers and other currencies (issue 14)', () => {
  it('shows "pays later each cycle" with its invoices, and cites journal entries by their number in the client’s journal', async () => {
    ({ app } = renderWithApp(<Lazy render={() => <ValueTab client={client} />} />, {
      setup: (a) => {
        // another client's entry first: this client's reminders have ids 2, 3 and numbers #1, #2
        const other = a.services.clients.create({ name: 'Önce' } as never);
        a.services.journal.add({
          clientId: other.id,
          kind: 'call',
          channel: 'phone',
          occurredAt: '2026-10-01T09:00:00.000Z',
          summary: 'x',
        });
        withClient(a);
        // due 31 Jul, 31 Aug, 30 Sep; paid 3, 10 and 21 days late: rising, the last beyond 7 days
        for (const [n, issued, due, paid] of [
          ['A-1', '2026-07-01', '2026-07-31', '2026-08-03'],
          ['A-2', '2026-08-01', '2026-08-31', '2026-09-10'],
          ['A-3', '2026-09-01', '2026-09-30', '2026-10-21'],
        ] as const) {
          const inv = a.services.money.createInvoice(client.id, {
            number: n,
            issuedOn: issued,
            dueOn: due,
            amountMinor: 100_000,
            listPriceMinor: null,
            currency: null,
            description: '',
          });
          a.services.money.addPayment(inv.id, { paidOn: paid, amountMinor: 100_000, note: '' });
        }
        for (const s of ['First reminder', 'Second reminder'])
          a.services.journal.add({
            clientId: client.id,
            kind: 'payment_reminder',
            channel: 'email',
            occurredAt: '2026-10-02T09:00:00.000Z',
            summary: s,
          });
      },
    }));
    const trend = await screen.findByTestId('trend');
    expect(trend.textContent).toContain('Pays later each cycle');
    expect(trend.textContent).toContain('Days late rose with each of the last 3 invoices: 3 → 10 → 21 days.');
    expect(await within(trend).findByText('Invoice A-1')).toBeTruthy();
    expect(within(trend).getByText('Invoice A-3')).toBeTruthy();
    const flag = screen.getByTestId('flag-pays_late');
    expect(within(flag).getByTestId('evidence-entry-2').textContent).toBe('Journal entry #1');
    expect(within(flag).getByTestId('evidence-entry-3').textContent).toBe('Journal entry #2');
  });

  it('says what another currency leaves out, and includes it at the rate the owner enters, showing that rate', async () => {
    ({ app } = renderWithApp(<Lazy render={() => <ValueTab client={client} />} />, {
      setup: (a) => {
        withClient(a);
        for (const [n, amountMinor] of [
          ['E-1', 200_000],
          ['E-2', 120_000],
        ] as const)
          a.services.money.createInvoice(client.id, {
            number: n,
            issuedOn: '2026-10-01',
            dueOn: '2026-12-31',
            amountMinor,
            listPriceMinor: null,
            currency: 'EUR',
            description: '',
          });
      },
    }));
    const row = await screen.findByTestId('currency-EUR');
    expect(row.textContent).toContain('Not included: €3,200.00 in 2 invoices');
    fireEvent.change(within(row).getByLabelText('1 EUR in TRY'), { target: { value: '35.2' } });
    fireEvent.change(within(row).getByLabelText('Rate of'), { target: { value: '2026-11-20' } });
    fireEvent.click(within(row).getByRole('button', { name: 'Include at this rate' }));
    // 320,000 euro cents × 35.2 = 11,264,000 kuruş
    await waitFor(() =>
      expect(screen.getByTestId('currency-EUR').textContent!.replace(/\s/g, ' ')).toContain(
        'Included: €3,200.00 in 2 invoices at 1 EUR = 35.2 TRY (rate of 20 Nov 2026): TRY 112,640.00',
      ),
    );
    expect(screen.getByTestId('figure-revenue-value').textContent!.replace(/\s/g, ' ')).toBe('TRY 112,640.00');
    expect(app!.services.valuation.settingsView().conversionRates).toEqual([{ currency: 'EUR', rate: 35.2, on: '2026-11-20' }]);
  });

  it('the dashboard says what the portfolio leaves out in other currencies', async () => {
    ({ app } = renderWithApp(<DashboardPage />, {
      setup: (a) => {
        withClient(a);
        a.services.money.createInvoice(client.id, {
          number: 'E-1',
          issuedOn: '2026-10-01',
          dueOn: '2026-12-31',
          amountMinor: 320_000,
          listPriceMinor: null,
          currency: 'EUR',
          description: '',
        });
      },
    }));
    expect((await screen.findByTestId('portfolio-currency-EUR')).textContent).toBe('Not included: €3,200.00 in 1 invoice');
  });
});
