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
import { requireString, UsageError, type CliCommand, type CliIo } from './common';
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
  if (!(journalKinds as readonly string[]).includes(kind)) throw new UsageError(`--kind takes one of ${journalKinds.join(', ')}`);
  const at = text(values, 'occurred-at');
  const occurred = at === undefined ? new Date().toISOString() : isoDateTime.safeParse(at);
  if (typeof occurred !== 'string' && !occurred.success)
    throw new UsageError('--occurred-at takes an ISO time, e.g. 2026-12-03T10:30:00Z');
  const occurredAt = typeof occurred === 'string' ? occurred : occurred.data;
  const template = entryTemplates[kind as JournalKind];
  try {
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

/**
 * `journal add --team`: until `journal add --db` (branch author) is merged, the journal command
 * of this branch. Merged, that command takes the `team` option and hands it to teamJournalAdd.
 */
export const journalTeamCommand: CliCommand = {
  summary: "journal add --team: record one entry in a client's team journal; exit 0 once the server has numbered it",
  usage:
    'journal add --team <postgres-url> --client <id or name> --kind <kind> --summary <text> [--occurred-at ISO] [--channel phone] [--severity low] [--details text] [--json]',
  positionals: true,
  options: {
    team: { type: 'string' },
    client: { type: 'string' },
    kind: { type: 'string' },
    summary: { type: 'string' },
    'occurred-at': { type: 'string' },
    channel: { type: 'string' },
    severity: { type: 'string' },
    details: { type: 'string' },
    json: { type: 'boolean' },
  },
  run(values, io, positionals) {
    const [verb, ...extra] = positionals;
    if (verb !== 'add' || extra.length) throw new UsageError('say what to do: journal add');
    return teamJournalAdd(requireString(values, 'team'), values, io);
  },
};
