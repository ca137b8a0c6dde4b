// `journal add --team <url>`: one entry straight into the team journal on PostgreSQL, as the
// person whose URL it is. The server numbers it, stamps its time and author and hashes it; exit 0
// only once it has. 1 refused (by the server: permission, a client this person may not see, an
// invalid field), 2 usage.
import { entryTemplates } from '../../shared/domain/entry-templates';
import { journalKinds, type JournalKind } from '../../shared/domain/journal-kinds';
import { isoDateTime } from '../../shared/contract/text';
import { AppError } from '../../shared/errors';
import { withTeam } from '../team/connect';
import { requireTeamSchema } from '../team/init';
import { appendTeamEntry } from '../team/journal';
import { teamSchema } from '../team/schema-sql';
import { requireString, type CliIo } from './common';
import type pg from 'pg';

const text = (values: Record<string, unknown>, name: string) => {
  const v = values[name];
  return typeof v === 'string' ? v : undefined;
};

/** A client this person may see, by id or by exact name (case-insensitive); RLS hides the rest. */
async function findClient(c: pg.Client, ref: string): Promise<number> {
  const byId = /^\d+$/.test(ref)
    ? await c.query<{ id: string }>(`SELECT id FROM ${teamSchema}.clients WHERE id = $1`, [ref])
    : { rows: [] };
  if (byId.rows[0]) return Number(byId.rows[0].id);
  const byName = await c.query<{ id: string }>(
    `SELECT id FROM ${teamSchema}.clients WHERE lower(normalize(name, NFC)) = lower(normalize($1, NFC)) ORDER BY id`,
    [ref.trim()],
  );
  if (byName.rows.length === 1) return Number(byName.rows[0]!.id);
  if (byName.rows.length > 1)
    throw new AppError(
      'VALIDATION',
      `more than one client is called ${ref}: use --client ${byName.rows.map((r) => r.id).join(' | ')}`,
    );
  throw new AppError('NOT_FOUND', `no client ${ref} that you may see on the team server`);
}

export async function teamJournalAdd(url: string, values: Record<string, unknown>, io: CliIo): Promise<number> {
  const client = requireString(values, 'client');
  const kind = requireString(values, 'kind');
  const summary = requireString(values, 'summary');
  try {
    // refused (1), as `journal add --db` refuses them: an unknown kind, a time that is not one
    if (!(journalKinds as readonly string[]).includes(kind))
      throw new AppError('VALIDATION', `unknown kind ${kind}: one of ${journalKinds.join(', ')}`);
    const at = text(values, 'occurred-at');
    const occurred = at === undefined ? new Date().toISOString() : isoDateTime.safeParse(at);
    if (typeof occurred !== 'string' && !occurred.success)
      throw new AppError('VALIDATION', '--occurred-at takes an ISO time, e.g. 2026-12-03T10:30:00Z');
    const occurredAt = typeof occurred === 'string' ? occurred : occurred.data;
    const template = entryTemplates[kind as JournalKind];
    return await withTeam(url, async (c) => {
      await requireTeamSchema(c);
      const clientId = await findClient(c, client);
      const e = await appendTeamEntry(c, {
        clientId,
        kind,
        channel: text(values, 'channel') ?? template.channel,
        severity: text(values, 'severity') ?? template.severity,
        signs: [...template.signs],
        summary,
        occurredAt,
        ...(text(values, 'details') !== undefined ? { details: text(values, 'details')! } : {}),
        deviceRecordedAt: new Date().toISOString(),
      });
      if (values['json'] === true) {
        const { id, seq, recordedAt, author, hashVersion, hash } = e;
        io.out(JSON.stringify({ id, clientId, seq, kind, occurredAt, recordedAt, author, hashVersion, hash }));
      } else {
        io.out(`stored: entry #${e.seq} in the team journal of client ${clientId}, id ${e.id}, numbered by the server`);
        io.out(`author: ${e.author}`);
        io.out(`hash (version ${e.hashVersion}): ${e.hash}`);
      }
      return 0;
    });
  } catch (err) {
    if (err instanceof AppError && ['FORBIDDEN', 'NOT_FOUND', 'VALIDATION'].includes(err.code)) {
      io.out(`refused: ${err.message}`);
      return 1;
    }
    throw err;
  }
}
