import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { MoneyTab } from '../../src/renderer/src/features/money/money-tab';
import { renderWithApp } from './render';
import type { TempApp } from '../helpers/temp-db';
import type { Client } from '../../src/shared/contract/clients';

let app: TempApp | undefined;
afterEach(() => app?.close());

let client: Client;
function Lazy({ render }: { render: () => React.ReactElement }) {
  return render();
}
const nb = '\u00a0';
const paid = () => app!.database.sqlite.prepare('SELECT amount_minor FROM payments ORDER BY id').pluck().all();

describe('payment form: more than is open', () => {
  it('asks before recording an overpayment, and records the excess as credit only once confirmed', async () => {
    ({ app } = renderWithApp(<Lazy render={() => <MoneyTab client={client} />} />, {
      setup: (a) => {
        client = a.services.clients.create({ name: 'Kaya', paymentTermsValue: 15 } as never);
        const inv = a.services.money.createInvoice(client.id, {
          number: 'A-1',
          issuedOn: '2026-06-01',
          dueOn: '2026-06-15',
          amountMinor: 100_000,
          listPriceMinor: null,
          currency: null,
          description: '',
        });
        a.services.money.addPayment(inv.id, { paidOn: '2026-06-10', amountMinor: 40_000, note: '' });
      },
    }));
    fireEvent.click(await screen.findByRole('button', { name: 'Add payment' }));
    const dialog = await screen.findByRole('dialog');
    const amount = within(dialog).getByLabelText(/Amount paid/);
    fireEvent.change(amount, { target: { value: '1000' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    const ask = await within(dialog).findByTestId('overpayment-confirm');
    expect(ask.textContent).toContain(
      `This payment of TRY${nb}1,000.00 is more than the TRY${nb}600.00 still open on the invoice. The extra TRY${nb}400.00 will be kept as the client’s credit.`,
    );
    expect(paid()).toEqual([40_000]);
    // the owner corrects the amount instead: nothing is asked for what is open
    fireEvent.click(within(ask).getByRole('button', { name: 'Change the amount' }));
    expect(within(dialog).queryByTestId('overpayment-confirm')).toBeNull();
    fireEvent.change(amount, { target: { value: '700' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    const again = await within(dialog).findByTestId('overpayment-confirm');
    fireEvent.click(within(again).getByRole('button', { name: `Record it (TRY${nb}100.00 as credit)` }));
    await waitFor(() => expect(paid()).toEqual([40_000, 70_000]));
    const totals = await screen.findByTestId('money-totals');
    const label = await within(totals).findByText('Credit (paid in excess)');
    expect(label.parentElement!.textContent).toBe(`Credit (paid in excess)TRY${nb}100.00`);
  });
});
