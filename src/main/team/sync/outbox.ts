// Writing the journal in a team replica: a new entry is not numbered here (the server numbers
// every entry of the team's chains) but waits in team_outbox, in the order written, until the next
// sync pushes it (sync/journal.ts pushQueue). The app knows it meanwhile as id -(outbox id); the
// timeline shows it "not yet in the team journal" (journal/read.ts), and nothing that counts,
// verifies or exports the journal reads the outbox.
//
// A queued entry may name another queued entry (a correction of it, a follow-up to it) by its
// negative id: when that one is pushed, later payloads are rewritten to the server's id
// (rewritePendingRefs). Its client or case may still have a negative id too (created offline): the
// record sync renumbers those (renumberInOutbox), and the push waits until they are on the server.
import { randomUUID } from 'node:crypto';
import type { Sqlite } from '../../db/open';
import { AppError } from '../../../shared/errors';
import { nowIso, type ServiceContext } from '../../core/context';
import type { NewJournalEntry } from '../../journal/chain';
import type { NewTeamEntry } from '../journal';
import { pendingEntryId, outboxIdOf } from './replica';

/** What is stored as the payload: the entry for append_entry, every field given (the server sets seq, times, author, hashes). */
export type OutboxPayload = Required<NewTeamEntry>;

const nfc = (s: string) => s.normalize('NFC');

function payloadOf(e: NewJournalEntry, deviceRecordedAt: string): OutboxPayload {
  return {
    clientId: e.clientId,
    kind: nfc(e.kind),
    channel: nfc(e.channel),
    occurredAt: nfc(e.occurredAt),
    durationMinutes: e.durationMinutes ?? null,
    summary: nfc(e.summary),
    details: nfc(e.details ?? ''),
    quotes: (e.quotes ?? []).map(nfc),
    people: (e.people ?? []).map(nfc),
    witnesses: (e.witnesses ?? []).map(nfc),
    severity: nfc(e.severity ?? 'low'),
    signs: (e.signs ?? []).map(nfc),
    amendsId: e.amendsId ?? null,
    refersToId: e.refersToId ?? null,
    caseId: e.caseId ?? null,
    isSample: e.isSample ?? false,
    attachments: (e.attachments ?? []).map((a) => ({
      sha256: a.sha256,
      originalName: nfc(a.originalName),
      sizeBytes: a.sizeBytes,
      mediaType: a.mediaType,
    })),
    deviceRecordedAt,
  };
}

/**
 * Queues entries in one transaction (all or none), in order; returns their pending ids. The same
 * checks as the chain's own writer: the client exists here, a referenced entry (stored or queued)
 * belongs to the same client. Sample entries are never queued: a team's journal holds real ones.
 */
export function queueJournalEntries(ctx: ServiceContext, entries: readonly NewJournalEntry[]): number[] {
  const s = ctx.sqlite;
  const now = nowIso(ctx);
  const clientExists = s.prepare<[number], { id: number }>('SELECT id FROM clients WHERE id = ?');
  const storedClient = s.prepare<[number], { client_id: number }>('SELECT client_id FROM journal_entries WHERE id = ?');
  const queuedClient = s.prepare<[number], { client_id: number }>('SELECT client_id FROM team_outbox WHERE id = ?');
  const insert = s.prepare<[string, number, string, string]>(
    'INSERT INTO team_outbox (device_uid, client_id, payload, queued_at) VALUES (?, ?, ?, ?)',
  );
  return s.transaction(() =>
    entries.map((e) => {
      if (e.isSample)
        throw new AppError('INVALID_STATE', 'Sample entries cannot be written to a team journal.', {
          details: { messageKey: 'errors.team.sampleInReplica' },
        });
      if (!clientExists.get(e.clientId))
        throw new AppError('NOT_FOUND', `No client with id ${e.clientId}`, { details: { clientId: e.clientId } });
      for (const ref of [e.amendsId, e.refersToId]) {
        if (ref == null) continue;
        const r = ref < 0 ? queuedClient.get(outboxIdOf(ref)) : storedClient.get(ref);
        if (!r || r.client_id !== e.clientId)
          throw new AppError('VALIDATION', `Entry ${ref} does not belong to this client's journal`, {
            details: { entryId: ref },
          });
      }
      const info = insert.run(randomUUID(), e.clientId, JSON.stringify(payloadOf(e, now)), now);
      return pendingEntryId(Number(info.lastInsertRowid));
    }),
  )();
}

/** Once queued entry `pendingId` has the server's id: later payloads that name it name that id. */
export function rewritePendingRefs(s: Sqlite, pendingId: number, serverId: number): void {
  for (const key of ['amendsId', 'refersToId'] as const) {
    s.prepare(
      `UPDATE team_outbox SET payload = json_set(payload, '$.${key}', ?) WHERE json_extract(payload, '$.${key}') = ?`,
    ).run(serverId, pendingId);
  }
}

/**
 * For the record sync: a client or offboarding case created offline (negative id) got the
 * server's id; the queued entries that name it follow (the push waits for them until then).
 */
export function renumberInOutbox(s: Sqlite, what: 'client' | 'case', from: number, to: number): void {
  if (what === 'client') {
    s.prepare("UPDATE team_outbox SET client_id = ?, payload = json_set(payload, '$.clientId', ?) WHERE client_id = ?").run(
      to,
      to,
      from,
    );
  } else {
    s.prepare(
      "UPDATE team_outbox SET payload = json_set(payload, '$.caseId', ?) WHERE json_extract(payload, '$.caseId') = ?",
    ).run(to, from);
  }
}
