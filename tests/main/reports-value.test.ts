import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { runCli } from '../../src/main/cli';
import { appVersion } from '../../src/main/cli/common';
import { invoiceFieldsSchema, paymentFieldsSchema } from '../../src/shared/contract/money';
import { formatMoney } from '../../src/shared/domain/format';
import { createTempApp, type TempApp } from '../helpers/temp-db';
import { pdfFonts, pdfText, seedDossierClient } from '../helpers/report-fixtures';

const apps: TempApp[] = [];
afterEach(() => {
  while (apps.length) apps.pop()!.close();
});

/** A client who pays late and threatens: invoices, one late payment, and the seeded journal. */
async function valuedClient(language: 'en' | 'tr' | 'az' = 'en') {
  const app = createTempApp({ deps: { version: appVersion() } });
  apps.push(app);
  const { client } = await seedDossierClient(app, { language, extra: 12 });
  const inv = (number: string, issuedOn: string, amountMinor: number) =>
    app.api.createInvoice({
      clientId: client.id,
      invoice: invoiceFieldsSchema.parse({ number, issuedOn, amountMinor, listPriceMinor: amountMinor + 50_000 }),
    });
  const a = await inv('F-2026-014', '2026-02-01', 1_250_000);
  await inv('F-2026-031', '2026-05-01', 980_000);
  await inv('F-2026-047', '2026-08-01', 760_000);
  await app.api.addPayment({
    invoiceId: a.id,
    payment: paymentFieldsSchema.parse({ paidOn: '2026-06-20', amountMinor: 1_250_000 }),
  });
  return { app, client };
}

describe('client value report', () => {
  it('shows the figures with explanations, red flags with evidence and the recommendation, in each language', async () => {
    for (const language of ['en', 'tr', 'az'] as const) {
      const { app, client } = await valuedClient(language);
      const v = await app.api.clientValuation({ clientId: client.id });
      const r = await app.services.reports.valuePdf({ clientId: client.id, language: null });
      const text = (await pdfText(r.bytes)).replace(/\s+/g, ' ');
      const fmt = (minor: number) => formatMoney(minor, 'TRY', language).replace(/\s+/g, ' ');
      expect(text).toContain(fmt(v.figures.revenue.value!));
      expect(text).toContain(fmt(v.figures.costToServe.value!));
      expect(text).toContain(fmt(v.figures.margin.value!));
      expect(text).toContain('Mehmet Kaya');
      expect(text).toContain('Atölye Studio');
      const words = {
        en: ['Client value report', 'Recommendation', 'How it is computed', 'Red flags', 'invoice F-2026-014', 'Page 1 of'],
        tr: ['Müşteri değer raporu', 'Nasıl hesaplanır', 'fatura F-2026-014', 'Sayfa 1 /'],
        az: ['Müştəri dəyəri hesabatı', 'Necə hesablanır', 'faktura F-2026-014', 'Səhifə 1 /'],
      }[language];
      for (const w of words) expect(text, `${language}: ${w}`).toContain(w);
      // the abusive entry (#1) is evidence for its red flag, named by its journal number
      expect(text).toMatch(language === 'en' ? /journal #1 \(/ : language === 'tr' ? /kayıt #1 \(/ : /jurnal #1 \(/);
      expect(await pdfFonts(r.bytes)).toMatch(/DejaVuSans/);
    }
  });

  it('draws charts as vector graphics and is deterministic; the CLI writes the same bytes', async () => {
    const { app, client } = await valuedClient();
    const at = { createdAt: '2026-11-23T10:00:00.000Z', timeZone: 'UTC' };
    const one = await app.services.reports.valuePdf({ clientId: client.id, language: 'en' }, at);
    const two = await app.services.reports.valuePdf({ clientId: client.id, language: 'en' }, at);
    expect(Buffer.compare(one.bytes, two.bytes)).toBe(0);
    const out = join(app.dir, 'value.pdf');
    const code = await runCli(
      [
        'report',
        'value',
        '--db',
        app.database.path,
        '--client',
        'Mehmet Kaya',
        '--lang',
        'en',
        '--out',
        out,
        '--created-at',
        at.createdAt,
        '--tz',
        'UTC',
      ],
      {
        out: () => {},
        err: (l) => console.error(l),
      },
    );
    expect(code).toBe(0);
    expect(Buffer.compare(readFileSync(out), one.bytes)).toBe(0);
    // no raster images: the bars are filled rectangles in the page content
    expect(one.bytes.toString('latin1')).not.toContain('/Subtype /Image');
    writeFileSync('/tmp/value-report.pdf', one.bytes);
  });

  it('is exported through the save dialog', async () => {
    const { app, client } = await valuedClient('tr');
    const target = join(app.dir, 'deger.pdf');
    app.dialogs.queue.save.push(target);
    const r = await app.api.exportValueReport({ clientId: client.id, language: null });
    expect(r).toMatchObject({ status: 'saved', path: target, language: 'tr' });
    expect(app.dialogs.requests.at(-1)).toMatchObject({ opts: { defaultName: 'Değer raporu Mehmet Kaya 2026-11-23.pdf' } });
    expect(await pdfText(readFileSync(target))).toContain('Müşteri değer raporu');
  });
});
