import { resolve } from 'node:path';
import { languages, type Language } from '../../shared/domain/format';
import { openExisting, requireString, UsageError, type CliCommand } from './common';

export const receiptCommand: CliCommand = {
  summary:
    "write a journal receipt: every client's chain head and the time (.pdf, or .json), to hold outside this computer; exit 1 if the journal does not verify",
  usage: 'receipt --db <path> --out <file.pdf|file.json> [--lang en|tr|az] [--json]',
  options: { db: { type: 'string' }, out: { type: 'string' }, lang: { type: 'string' }, json: { type: 'boolean' } },
  async run(values, io) {
    const out = resolve(requireString(values, 'out'));
    const lang = values['lang'];
    if (lang !== undefined && !(languages as readonly unknown[]).includes(lang))
      throw new UsageError('--lang takes en, tr or az');
    const { database, services } = openExisting(requireString(values, 'db'));
    try {
      const r = await services.receipts.writeTo(out, ...(typeof lang === 'string' ? [lang as Language] : []));
      if (values['json']) io.out(JSON.stringify(r));
      else if (r.status === 'saved')
        io.out(`receipt ${r.receiptId.slice(0, 16)} made ${r.createdAt}: ${r.clients} client chains, written to ${r.path}`);
      else if (r.status === 'verification_failed') {
        io.out(`NOT INTACT: client ${r.failure.clientId}, entry #${r.failure.seq}: ${r.failure.reason}`);
        io.out('no receipt was written: a receipt is made only of a journal that verifies');
      }
      return r.status === 'saved' ? 0 : 1;
    } finally {
      database.close();
    }
  },
};
