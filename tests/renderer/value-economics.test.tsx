// Issue 14, items 8 and 9 on screen: what parting changes beside the full-cost figures, the
// owner's delivery estimate saved from the Value tab, and the dashboard's paid capacity covered.
import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { ValueTab } from '../../src/renderer/src/features/value/value-tab';
import { DashboardPage } from '../../src/renderer/src/features/dashboard/dashboard-page';
import { renderWithApp } from './render';
import type { TempApp } from '../helpers/temp-db';
import type { Client } from '../../src/shared/contract/clients';

let app: TempApp | undefined;
afterEach(() => app?.close());

let client: Client;
/** Text as read, with the no-break spaces of money formats as plain spaces. */
const text = (el: HTMLElement) => (el.textContent ?? '').replace(/\s+/g, ' ');
function Lazy({ render }: { render: () => React.ReactElement }) {
  return render();
}
/** A paying client (TRY 5,000 in the window); rate 937.50 an hour (sample profile). */
const withClient = (a: TempApp) => {
  client = a.services.clients.create({ name: 'Kaya', paymentTermsValue: 15 } as never);
  const today = a.clock.now.toISOString().slice(0, 10);
  const inv = a.services.money.createInvoice(client.id, {
    number: 'A-1',
    issuedOn: today,
    dueOn: today,
    amountMinor: 500_000,
    listPriceMinor: null,
    currency: null,
    description: '',
  });
  a.services.money.addPayment(inv.id, { paidOn: today, amountMinor: 500_000, note: '' });
};

describe('what parting changes, and delivery time', () => {
  it('shows the parting view and saves a delivery estimate that the cost to serve includes', async () => {
    ({ app } = renderWithApp(<Lazy render={() => <ValueTab client={client} />} />, { setup: withClient }));
    expect(await screen.findByText('What parting changes')).toBeTruthy();
    expect(text(screen.getByTestId('figure-partingRevenueLost-value'))).toBe('TRY 5,000.00');
    const input = screen.getByLabelText(/Delivery work/);
    fireEvent.change(input, { target: { value: '2' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    // 2 h a month × 12 months = 24 h × 937.50 = TRY 22,500.00
    await waitFor(() => expect(text(screen.getByTestId('figure-deliveryCost-value'))).toBe('TRY 22,500.00'));
    expect(app!.services.valuation.deliveryHours()).toEqual({ [String(client.id)]: 2 });
  });

  it('the dashboard shows how much of the paid capacity clients’ time covers and never calls the total profit', async () => {
    ({ app } = renderWithApp(<DashboardPage />, { setup: withClient }));
    const card = await screen.findByTestId('capacity');
    // no time logged: 0 of 1,536 paid practical hours; 1,536 h × 937.50 = TRY 1,440,000.00 unassigned
    expect(text(card)).toContain('0 of 1,536 paid practical hours');
    expect(text(card)).toContain('TRY 1,440,000.00');
    expect(screen.getByText('Total client margin')).toBeTruthy();
    expect(screen.queryByText(/^Profit$/)).toBeNull();
  });
});
