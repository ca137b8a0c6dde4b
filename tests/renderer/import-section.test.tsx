import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import iconv from 'iconv-lite';
import userEvent from '@testing-library/user-event';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ImportSection } from '../../src/renderer/src/features/safety/import-section';
import { seedDifficultClient } from '../helpers/offboarding-fixtures';
import type { TempApp } from '../helpers/temp-db';
import { renderWithApp } from './render';
import { xlsx } from '../helpers/xlsx-file';

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

describe('import screen: encoding and delimiter', () => {
  it('shows what was detected and the rows as read; the owner changes either and the file is read again', async () => {
    const file = join(dir, 'musteriler.csv');
    // as Excel saves "CSV (semicolon delimited)" in Turkish: Windows-1254
    writeFileSync(
      file,
      iconv.encode('Ad Soyad;E-posta\r\nAyşe Çelik;ayse@example.com\r\nİsmail Güneş;ismail@example.com\r\n', 'windows-1254'),
    );
    ({ app } = renderWithApp(<ImportSection />, { setup: (a) => a.dialogs.queue.open.push([file]) }));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Choose a CSV file…' }));
    const encoding = await screen.findByRole('combobox', { name: 'Encoding' });
    const delimiter = screen.getByRole('combobox', { name: 'Delimiter' });
    expect((encoding as HTMLInputElement).value).toBe('Windows-1254 (Turkish, Excel)');
    expect((delimiter as HTMLInputElement).value).toBe('Semicolon ;');
    const sample = screen.getByTestId('import-sample');
    expect(within(sample).getByText('Ayşe Çelik')).toBeTruthy();
    expect(within(sample).getByText('İsmail Güneş')).toBeTruthy();

    // read as UTF-8 it does not decode: said, with the likely encoding, and the check is off
    await user.click(encoding);
    await user.click(await screen.findByRole('option', { name: 'UTF-8' }));
    const problem = await screen.findByTestId('import-problem');
    expect(problem.textContent).toMatch(
      /cannot be read as UTF-8 \(the first in row 2\)\. It looks like Windows-1254 \(Turkish, Excel\)/,
    );
    expect(within(screen.getByTestId('import-sample')).getByText('Ay\uFFFDe \uFFFDelik')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Check the rows' }) as HTMLButtonElement).disabled).toBe(true);

    await user.click(screen.getByRole('combobox', { name: 'Encoding' }));
    await user.click(await screen.findByRole('option', { name: 'Windows-1254 (Turkish, Excel)' }));
    await waitFor(() => expect(screen.queryByTestId('import-problem')).toBeNull());
    expect(within(screen.getByTestId('import-sample')).getByText('Ayşe Çelik')).toBeTruthy();

    // split at commas, the file is one column
    await user.click(screen.getByRole('combobox', { name: 'Delimiter' }));
    await user.click(await screen.findByRole('option', { name: 'Comma ,' }));
    await waitFor(() => expect(within(screen.getByTestId('import-sample')).getByText('Ad Soyad;E-posta')).toBeTruthy());
    await user.click(screen.getByRole('combobox', { name: 'Delimiter' }));
    await user.click(await screen.findByRole('option', { name: 'Semicolon ;' }));
    await waitFor(() => expect(within(screen.getByTestId('import-sample')).getByText('ayse@example.com')).toBeTruthy());

    await user.click(screen.getByRole('button', { name: 'Check the rows' }));
    await user.click(await screen.findByRole('button', { name: 'Import 2 rows' }));
    await waitFor(() =>
      expect(app!.database.sqlite.prepare('SELECT name FROM clients ORDER BY id').pluck().all()).toEqual([
        'Ayşe Çelik',
        'İsmail Güneş',
      ]),
    );
  });
});

describe('import screen: an Excel workbook', () => {
  it('says it read the sheet, offers no encoding or delimiter, and imports its rows', async () => {
    const file = join(dir, 'Müşteriler.xlsx');
    writeFileSync(
      file,
      xlsx(
        [
          ['Ad Soyad', 'E-posta'],
          ['İlkə Şahin', 'ilke@example.az'],
        ],
        { sheetName: 'Müşteriler' },
      ),
    );
    ({ app } = renderWithApp(<ImportSection />, { setup: (a) => a.dialogs.queue.open.push([file]) }));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Choose a CSV file…' }));
    expect((await screen.findByTestId('import-reading')).textContent).toContain(
      'Read from the Excel workbook, sheet “Müşteriler”',
    );
    expect(screen.queryByRole('combobox', { name: 'Encoding' })).toBeNull();
    expect(within(screen.getByTestId('import-sample')).getByText('İlkə Şahin')).toBeTruthy();
  });

  it('an old .xls is refused in words', async () => {
    const file = join(dir, 'old.xls');
    writeFileSync(file, Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(512)]));
    ({ app } = renderWithApp(<ImportSection />, { setup: (a) => a.dialogs.queue.open.push([file]) }));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Choose a CSV file…' }));
    expect(await screen.findByText(/This is an Excel 97–2003 workbook \(\.xls\)/)).toBeTruthy();
  });
});
