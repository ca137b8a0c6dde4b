import { resolve } from 'node:path';
import { languages, type Language } from '../../shared/domain/format';
import { timestampUrlSchema, type TimestampStatus } from '../../shared/domain/timestamp';
import { openExisting, requireString, UsageError, type CliCommand } from './common';

/** One line on a receipt's RFC 3161 timestamp. */
export function timestampLine(t: TimestampStatus): string {
  if (t.state === 'none') return 'not timestamped';
  if (t.state === 'pending')
    return `timestamp pending: ${t.authority ?? 'no authority set'} could not be had yet${t.lastError ? ` (${t.lastError})` : ''}; retried later (receipt --retry-timestamps)`;
  if (t.ok) return `timestamped by ${t.signer} at ${t.genTime}, verified (serial ${t.serial}, authority ${t.authority})`;
  return `TIMESTAMP TOKEN DOES NOT MATCH (${t.problem})${t.signer ? `: token by ${t.signer} at ${t.genTime}` : ''}`;
}

export const receiptCommand: CliCommand = {
  summary:
    "write a journal receipt: every client's chain head and the time (.pdf, or .json), to hold outside this computer; exit 1 if the journal does not verify. --tsa: timestamp it (RFC 3161) by that authority (default: the one set in Settings); --retry-timestamps: ask again for the timestamps waiting in the queue",
  usage:
    'receipt --db <path> --out <file.pdf|file.json> [--tsa <url>] [--lang en|tr|az] [--json]\n       receipt --db <path> --retry-timestamps [--json]',
  options: {
    db: { type: 'string' },
    out: { type: 'string' },
    lang: { type: 'string' },
    json: { type: 'boolean' },
    tsa: { type: 'string' },
    'retry-timestamps': { type: 'boolean' },
  },
  async run(values, io) {
    if (values['retry-timestamps']) {
      const { database, services } = openExisting(requireString(values, 'db'));
      try {
        const r = await services.receipts.retryTimestamps();
        io.out(values['json'] ? JSON.stringify(r) : `${r.stamped} receipts timestamped, ${r.pending} still pending`);
        return r.pending === 0 ? 0 : 1;
      } finally {
        database.close();
      }
    }
    const out = resolve(requireString(values, 'out'));
    const lang = values['lang'];
    if (lang !== undefined && !(languages as readonly unknown[]).includes(lang))
      throw new UsageError('--lang takes en, tr or az');
    const tsaArg = values['tsa'];
    let tsa: string | undefined;
    if (tsaArg !== undefined) {
      const u = timestampUrlSchema.safeParse(tsaArg);
      if (!u.success) throw new UsageError('--tsa takes the http(s) URL of an RFC 3161 timestamp authority');
      tsa = u.data;
    }
    const { database, services } = openExisting(requireString(values, 'db'));
    try {
      const r = await services.receipts.writeTo(out, typeof lang === 'string' ? (lang as Language) : undefined, {
        ...(tsa ? { tsa } : {}),
      });
      if (values['json']) io.out(JSON.stringify(r));
      else if (r.status === 'saved') {
        io.out(`receipt ${r.receiptId.slice(0, 16)} made ${r.createdAt}: ${r.clients} client chains, written to ${r.path}`);
        if (r.timestamp.state !== 'none') io.out(timestampLine(r.timestamp));
      } else if (r.status === 'verification_failed') {
        io.out(`NOT INTACT: client ${r.failure.clientId}, entry #${r.failure.seq}: ${r.failure.reason}`);
        io.out('no receipt was written: a receipt is made only of a journal that verifies');
      }
      return r.status === 'saved' ? 0 : 1;
    } finally {
      database.close();
    }
  },
};
