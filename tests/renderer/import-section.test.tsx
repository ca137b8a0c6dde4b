import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ImportSection } from '../../src/renderer/src/features/safety/import-section';
import { seedDifficultClient } from '../helpers/offboarding-fixtures';
import type { TempApp } from '../helpers/temp-db';
import { renderWithApp } from './render';

const nb = '\u00a0';
let app: TempApp | undefined;
const dir = mkdtempSync(join(tmpdir(), 'cd-imp-ui-'));
afterEach(() => app?.close());
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('import screen', () => {
  it('an amount that reads two ways is listed with its row and both readings, filled in', async () => {
    const file = join(dir, 'invoices.csv');
    writeFileSync(file, 'Client,Invoice number,Issued,Amount\nMehmet Kaya,X-1,2026-03-01,1.234\nMehmet Kaya,X-2,2026-03-02,-5\n');
    ({ app } = renderWithApp(<ImportSection />, {
      setup: (a) => {
        seedDifficultClient(a);
        a.dialogs.queue.open.push([file]);
      },
    }));
    const user = userEvent.setup();
    await user.click(await screen.findByText('Invoices'));
    await user.click(screen.getByRole('button', { name: 'Choose a CSV file…' }));
    await user.click(await screen.findByRole('button', { name: 'Check the rows' }));
    const report = await screen.findByTestId('import-report');
    // the owner's language is English here, so "1.234" is a decimal point or a thousands mark typed elsewhere
    const ambiguous = within(report).getByText(/^This could be /);
    expect(ambiguous.textContent).toBe(`This could be TRY${nb}1,234.00 or TRY${nb}1.23. Type it without doubt, e.g. 12500.50.`);
    expect(within(ambiguous.closest('tr')!).getByText('2')).toBeTruthy();
    expect(within(ambiguous.closest('tr')!).getByText('Amount')).toBeTruthy();
    expect(within(report).getByText('An amount cannot be negative.')).toBeTruthy();
  });
});
