import { verifyJournal } from '../services/journal-chain';
import { openExisting, requireString, UsageError, type CliCommand } from './common';

export const verifyCommand: CliCommand = {
  summary: 'recompute every journal hash chain and attachment fingerprint; exit 1 naming the first entry that does not match',
  usage: 'verify --db <path> [--client <id>] [--json]',
  options: { db: { type: 'string' }, client: { type: 'string' }, json: { type: 'boolean' } },
  async run(values, io) {
    const clientArg = values['client'];
    const clientId = typeof clientArg === 'string' ? Number(clientArg) : undefined;
    if (clientId !== undefined && !(Number.isInteger(clientId) && clientId > 0))
      throw new UsageError('--client takes a client id');
    const { database, services } = openExisting(requireString(values, 'db'), true);
    try {
      const v = await verifyJournal(services.ctx, clientId === undefined ? {} : { clientId });
      if (values['json']) {
        io.out(JSON.stringify(v));
      } else if (v.ok) {
        io.out(`intact: ${v.entriesChecked} entries in ${v.clientsChecked} client chains, ${v.attachmentsChecked} attachments`);
      } else {
        const f = v.failure!;
        io.out(`NOT INTACT: client ${f.clientId}, entry #${f.seq}${f.entryId ? ` (id ${f.entryId})` : ''}: ${f.reason}`);
        io.out(f.detail);
      }
      return v.ok ? 0 : 1;
    } finally {
      database.close();
    }
  },
};
