import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createTempApp, type TempApp } from '../helpers/temp-db';
import { pdfText, seedDossierClient } from '../helpers/report-fixtures';
import { dossierOptionsSchema } from '../../src/shared/contract/reports';
import { createWorkerRenderer } from '../../src/main/pdf/worker-host';
import { renderReport, type ReportJob } from '../../src/main/pdf/render';
import { createReportsService } from '../../src/main/reports/service';
import { noDialogs } from '../../src/main/core/dialogs';

let app: TempApp;
let clientId: number;
let bytes: Buffer;
let pages: string[];

beforeAll(async () => {
  app = createTempApp();
  clientId = (await seedDossierClient(app, { extra: 997 })).client.id;
  const r = await app.services.reports.dossierPdf(dossierOptionsSchema.parse({ clientId }), {
    createdAt: '2026-11-23T10:00:00.000Z',
  });
  if (r.status !== 'rendered') throw new Error(r.status);
  bytes = r.bytes;
  pages = (await pdfText(bytes)).split('\f');
  if (pages.at(-1)!.trim() === '') pages.pop();
}, 180_000);
afterAll(() => app?.close());

describe('a 1,000-entry dossier', () => {
  it('numbers every page "page x of y" correctly', () => {
    expect(pages.length).toBeGreaterThan(100);
    pages.forEach((p, i) => expect(p).toContain(`Page ${i + 1} of ${pages.length}`));
  });

  it('repeats the index header on every index page and lists every entry in it', () => {
    const start = pages.findIndex((p) => p.includes('Index of entries'));
    const end = pages.findIndex((p) => p.includes('Entries in full'));
    expect(end - start).toBeGreaterThan(10);
    const indexPages = pages.slice(start, end);
    for (const p of indexPages) {
      for (const h of ['Occurred', 'Recorded', 'Kind', 'Channel', 'Summary']) expect(p.split(h).length - 1, h).toBe(1);
    }
    const summaries = indexPages.join('\n').match(/Kayıt numarası \d+:/g) ?? [];
    expect(new Set(summaries).size).toBe(997);
  });

  it('prints every entry in full, none lost, none twice', () => {
    const text = pages.join('\n');
    const seqs = [...text.matchAll(/Entry #(\d+) ·/g)].map((m) => Number(m[1]));
    const amendments = [...text.matchAll(/Amendment: entry #(\d+) corrects/g)].map((m) => Number(m[1]));
    const all = [...seqs, ...amendments].sort((a, b) => a - b);
    expect(all).toEqual(Array.from({ length: 1000 }, (_, i) => i + 1));
  });

  it('renders the same bytes in a worker thread, reporting progress', { timeout: 180_000 }, async () => {
    const seen: number[] = [];
    const inWorker = await createWorkerRenderer(join(import.meta.dirname, '../../src/main/pdf/pdf.worker.ts'))(
      await jobFor(),
      (done) => seen.push(done),
    );
    expect(Buffer.compare(inWorker.bytes, bytes)).toBe(0);
    expect(inWorker.pages).toBe(pages.length);
    expect(seen.length).toBeGreaterThan(10);
    expect(seen.at(-1)).toBe(1000);
  });
});

describe('the worker renderer', () => {
  it('falls back to rendering in-process when the worker cannot start', { timeout: 180_000 }, async () => {
    const job = await jobFor();
    await expect(createWorkerRenderer(join(import.meta.dirname, 'no-such-worker.js'))(job)).rejects.toThrow();
    const r = await createWorkerRenderer(join(import.meta.dirname, 'no-such-worker.js'), renderReport)(job);
    expect(Buffer.compare(r.bytes, bytes)).toBe(0);
  });
});

/** The job the service renders, captured through a render function that only records it. */
let cachedJob: ReportJob | null = null;
async function jobFor(): Promise<ReportJob> {
  if (cachedJob) return cachedJob;
  let captured: ReportJob | null = null;
  const s = app.services;
  const reports = createReportsService(s.ctx, {
    settings: s.settings,
    clients: s.clients,
    valuation: s.valuation,
    version: s.version,
    fontsDir: join(import.meta.dirname, '../../resources/fonts'),
    timeZone: 'UTC',
    dialogs: noDialogs,
    render: (job) => {
      captured = job;
      return Promise.resolve({ bytes: Buffer.alloc(0), pages: 0, documentId: '' });
    },
  });
  await reports.dossierPdf(dossierOptionsSchema.parse({ clientId }), { createdAt: '2026-11-23T10:00:00.000Z' });
  cachedJob = captured!;
  return cachedJob;
}
