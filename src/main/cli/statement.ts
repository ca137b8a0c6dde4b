import { languages, type Language } from '../../shared/domain/format';
import { AppError } from '../../shared/errors';
import { writeFileAtomically } from '../reports/files';
import { openExisting, requireString, UsageError, type CliCommand } from './common';
import { findClient } from './report';

/** The client statement the app's "Client statement (PDF)" saves: the same bytes for the same --created-at. */
export const statementCommand: CliCommand = {
  summary: 'write a client statement of account (invoices, payments, balance, ageing) as a PDF',
  usage:
    'statement --db <path> --client <id or name> --out <file.pdf> [--lang en|tr|az] [--created-at ISO] [--tz Europe/Istanbul]',
  options: {
    db: { type: 'string' },
    client: { type: 'string' },
    out: { type: 'string' },
    lang: { type: 'string' },
    'created-at': { type: 'string' },
    tz: { type: 'string' },
  },
  async run(values, io) {
    const out = requireString(values, 'out');
    const lang = values['lang'];
    if (lang !== undefined && !(languages as readonly string[]).includes(String(lang)))
      throw new UsageError(`--lang: one of ${languages.join(', ')}`);
    const createdAt = values['created-at'];
    if (createdAt !== undefined && Number.isNaN(Date.parse(String(createdAt))))
      throw new UsageError('--created-at: an ISO date and time');
    // the statement is as of --created-at: the ledger's "today" is that day
    const now = createdAt ? new Date(String(createdAt)) : undefined;
    const { database, services } = openExisting(requireString(values, 'db'), true, {
      ...(now ? { now: () => now } : {}),
      ...(values['tz'] ? { timeZone: String(values['tz']) } : {}),
    });
    try {
      const clientId = findClient(services, requireString(values, 'client'));
      const r = await services.offboarding.statementPdf(clientId, {
        ...(now ? { createdAt: now.toISOString() } : {}),
        ...(values['tz'] ? { timeZone: String(values['tz']) } : {}),
        ...(lang ? { language: lang as Language } : {}),
      });
      writeFileAtomically(out, r.bytes, { replace: false });
      io.out(`wrote ${out}: ${r.pages} page${r.pages === 1 ? '' : 's'}`);
      return 0;
    } catch (e) {
      if (e instanceof AppError && e.code === 'CONFLICT')
        throw new UsageError(`${out} exists: choose another --out (nothing is replaced)`);
      throw e;
    } finally {
      database.close();
    }
  },
};
