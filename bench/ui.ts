// The client list in Chromium at scale: the real renderer (virtualised list, window.api bridged
// to the real API) against a bare page that fetches the same rows with one call and writes a
// plain table — the simplest fast way to show them.
import type { Page } from 'playwright-core';
import { startE2E } from '../tests/e2e/harness';
import { sampleProfile } from '../tests/helpers/temp-db';
import { median, row, type BenchRow } from './harness';

const rawPage = `
  const t0 = performance.now();
  const res = await window.__apiCall('listClients', { search: '', status: null, includeArchived: false });
  const all = res.value;
  const esc = (s) => s.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]);
  const render = (list) => {
    document.body.innerHTML = '<input id="q"><table><tbody>' +
      list.map((c) => '<tr class="r"><td>' + esc(c.name) + '</td><td>' + esc(c.company) + '</td><td>' + c.status + '</td></tr>').join('') + '</tbody></table>';
  };
  render(all);
  document.querySelector('.r').getBoundingClientRect();
  return performance.now() - t0;
`;

async function timeToFirstRows(page: Page, url: string): Promise<number> {
  await page.goto(`${url}#/clients`);
  const t0 = Date.now();
  await page.getByTestId('client-row').first().waitFor();
  return Date.now() - t0;
}

export async function benchClientList(clients: number): Promise<BenchRow[]> {
  const e2e = await startE2E({
    setup: (app) => {
      app.services.settings.saveProfile(sampleProfile);
      const insert = app.database.sqlite.prepare("INSERT INTO clients (name, company, email, status) VALUES (?, ?, ?, 'active')");
      app.database.sqlite.transaction(() => {
        for (let i = 0; i < clients; i++) insert.run(`Müşteri ${i} Yılmaz`, `Firma ${i % 500} Ltd`, `c${i}@example.com`);
      })();
    },
  });
  try {
    const { page, url } = e2e;
    const firstOurs: number[] = [];
    for (let i = 0; i < 3; i++) {
      await page.goto('about:blank');
      firstOurs.push(await timeToFirstRows(page, url));
    }
    // Filter keystroke → the list shows the narrowed result.
    const filterOurs: number[] = [];
    for (const q of ['Firma 42 ', 'Firma 7 ', 'Yılmaz 99']) {
      const box = page.getByRole('searchbox');
      await box.fill('');
      await page.getByText(`${clients.toLocaleString('en')} clients`).waitFor();
      const t0 = Date.now();
      await box.fill(q);
      await page.getByText(`${clients.toLocaleString('en')} clients`).waitFor({ state: 'detached' });
      filterOurs.push(Date.now() - t0);
    }
    // Raw: same bridge, one call, plain DOM.
    const firstRaw: number[] = [];
    const filterRaw: number[] = [];
    for (let i = 0; i < 3; i++) {
      await page.goto(`${url}#/raw`);
      firstRaw.push(await page.evaluate(`(async () => { ${rawPage} })()`));
      filterRaw.push(
        await page.evaluate(`(async () => {
          const t0 = performance.now();
          const res = await window.__apiCall('listClients', { search: 'Firma 42 ', status: null, includeArchived: false });
          const rows = res.value.map((c) => '<tr class="r"><td>' + c.name + '</td></tr>').join('');
          document.querySelector('tbody').innerHTML = rows;
          document.body.getBoundingClientRect();
          return performance.now() - t0;
        })()`),
      );
    }
    const n = clients.toLocaleString('en');
    return [
      row(`client list in Chromium, ${n} clients: first rows`, median(firstOurs), median(firstRaw), 1.5, {
        goal: '≤ 1.5× raw or ≤ 1,000 ms',
        pass: median(firstOurs) <= 1.5 * median(firstRaw) || median(firstOurs) <= 1000,
        note: 'ours includes starting the whole app (React, router, settings query); raw is a bare page',
      }),
      row(`client list in Chromium, ${n} clients: filter keystroke → update`, median(filterOurs), median(filterRaw), 1.5, {
        goal: '≤ 1.5× raw or ≤ 250 ms',
        pass: median(filterOurs) <= 1.5 * median(filterRaw) || median(filterOurs) <= 250,
        note: 'ours filters the loaded list in memory (useDeferredValue); raw asks SQL and rewrites the table',
      }),
    ];
  } finally {
    await e2e.close();
  }
}
