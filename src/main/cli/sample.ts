import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { languages, type Language } from '../../shared/domain/format';
import { openDatabase } from '../db/open';
import { createServices } from '../core/services';
import { sampleClientCount, sampleSeed } from '../sample/service';
import { UsageError, requireString, type CliCommand } from './common';

/** A new database filled with the deterministic sample business (for exploring and benchmarks). */
export const sampleCommand: CliCommand = {
  summary: 'create a new database with a seeded sample business (progress on stderr)',
  usage: 'sample --out <db> [--clients N] [--seed S] [--language en|tr|az] [--today YYYY-MM-DD]',
  options: {
    out: { type: 'string' },
    clients: { type: 'string' },
    seed: { type: 'string' },
    language: { type: 'string' },
    today: { type: 'string' },
  },
  run(values, io) {
    const out = requireString(values, 'out');
    const clients = values['clients'] === undefined ? sampleClientCount : Number(values['clients']);
    const seed = values['seed'] === undefined ? sampleSeed : Number(values['seed']);
    const language = (values['language'] ?? 'en') as Language;
    if (!Number.isInteger(clients) || clients < 1 || clients > 1_000_000)
      throw new UsageError('--clients must be a whole number from 1');
    if (!Number.isInteger(seed)) throw new UsageError('--seed must be a whole number');
    if (!languages.includes(language)) throw new UsageError(`--language must be one of ${languages.join(', ')}`);
    const today = values['today'];
    if (
      today !== undefined &&
      (typeof today !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(Date.parse(today)))
    ) {
      throw new UsageError('--today must be a date YYYY-MM-DD');
    }
    if (existsSync(out)) throw new UsageError(`${out} already exists; sample data goes into a new database`);
    mkdirSync(dirname(out), { recursive: true });
    const database = openDatabase(out);
    try {
      // The business is built relative to "today"; pass --today for the same file on every run.
      const now = typeof today === 'string' ? () => new Date(`${today}T10:00:00.000Z`) : undefined;
      const services = createServices({ database, dataDir: join(dirname(out), 'data'), ...(now ? { now } : {}) });
      const started = Date.now();
      const result = services.sampleData.load(language, {
        clients,
        seed,
        onProgress: (p) =>
          io.err(
            `sample: ${p.clientsDone}/${p.clientsTotal} clients, ${p.journalEntries} journal entries (${((Date.now() - started) / 1000).toFixed(1)} s)`,
          ),
      });
      io.out(
        `created ${out}: ${result.clients} clients, ${result.invoices} invoices, ${result.payments} payments, ` +
          `${result.directCosts} direct costs, ${result.journalEntries} journal entries (seed ${seed})`,
      );
      return 0;
    } finally {
      database.close();
    }
  },
};
