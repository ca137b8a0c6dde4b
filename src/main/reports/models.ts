// The data behind each document, read straight from the database (journal rows by SQL, so a
// dossier shows exactly what the chain hashed) and shaped as plain, serialisable models.
import { GENESIS_HASH, type ChainAttachment, type ChainEntry, type JournalVerification } from '../../shared/domain/journal-chain';
import type { ChainSummary } from '../../shared/domain/dossier-manifest';
import type { DossierOptions } from '../../shared/contract/reports';
import { AppError } from '../../shared/errors';
import type { DossierEntry, DossierModel } from '../pdf/dossier';
import type { ValueModel } from '../pdf/value-report';
import type { ServiceContext } from '../core/context';
import { createJournalReader } from '../journal/read';
import { rowToChainEntry, type StoredRow } from '../journal/chain';
import { dayWindowSql } from '../../shared/domain/day-window';
import type { ClientsService } from '../clients/service';
import type { SettingsService } from '../settings/service';
import type { ValuationService } from '../valuation/service';
import { teamPeopleByRole } from '../journal/author';
import { isTeamReplica } from '../team/sync/replica';

export interface ModelDeps {
  settings: SettingsService;
  clients: ClientsService;
  valuation: ValuationService;
  version: string;
}

export function profileOrThrow(settings: SettingsService) {
  const p = settings.profile();
  if (!p) throw new AppError('INVALID_STATE', 'Finish the first-run setup (business and owner) before exporting reports.');
  return p;
}

/**
 * The client's entries in the period and kinds, each correction with what it corrects, in chain
 * order (seq), read through the journal's own reader. The period is in the owner's days (the
 * document's time zone), from local midnight to local midnight (shared/domain/day-window.ts).
 */
export function dossierEntries(
  ctx: ServiceContext,
  o: Pick<DossierOptions, 'clientId' | 'from' | 'to' | 'kinds'>,
  timeZone = 'UTC',
): DossierEntry[] {
  const read = createJournalReader(ctx.sqlite, () => timeZone);
  const days = dayWindowSql('e.occurred_at', o.from, o.to, timeZone);
  const where = ['e.client_id = ?', ...days.where];
  const params: unknown[] = [o.clientId, ...days.params];
  if (o.kinds.length) {
    where.push(`e.kind IN (${o.kinds.map(() => '?').join(',')})`);
    params.push(...o.kinds);
  }
  const picked = read.select(where.join(' AND '), params, 'e.seq');
  // A correction always travels with what it corrects, whatever its own date or kind.
  const ids = new Set(picked.map((e) => e.id));
  let fresh = [...ids];
  while (fresh.length) {
    const next: number[] = [];
    for (const list of read.amendmentsOf(fresh).values())
      for (const a of list)
        if (!ids.has(a.id)) {
          ids.add(a.id);
          picked.push(a);
          next.push(a.id);
        }
    fresh = next;
  }
  picked.sort((x, y) => x.seq - y.seq);
  // The previous hash is printed too, so each page can be checked against its neighbour; and
  // each entry's stored row read back as the chain reads it, the exact object its hash covers,
  // goes into the dossier's entries.json for the offline verifier.
  const hashed = hashedObjects(ctx, o.clientId, new Set(picked.map((e) => e.id)));
  const people = teamPeopleByRole(ctx.sqlite);
  return picked.map((e) => ({
    id: e.id,
    seq: e.seq,
    kind: e.kind,
    channel: e.channel,
    occurredAt: e.occurredAt,
    recordedAt: e.recordedAt,
    durationMinutes: e.durationMinutes,
    summary: e.summary,
    details: e.details,
    quotes: e.quotes,
    people: e.people,
    witnesses: e.witnesses,
    severity: e.severity,
    signs: e.signs,
    category: e.category,
    recordingConsent: e.recordingConsent,
    amendsId: e.amendsId,
    refersToId: e.refersToId,
    caseId: e.caseId,
    isSample: e.isSample,
    author: e.author,
    ...(people.has(e.author) ? { authorName: people.get(e.author)!.name } : {}),
    hashVersion: e.hashVersion,
    hash: e.hash,
    prevHash: hashed.get(e.id)?.prevHash ?? '',
    attachments: e.attachments,
    hashed: hashed.get(e.id)!.entry,
  }));
}

/** The picked entries' rows read back exactly as verification reads them (chain.ts rowToChainEntry). */
function hashedObjects(ctx: ServiceContext, clientId: number, ids: ReadonlySet<number>) {
  const atts = new Map<number, ChainAttachment[]>();
  const attRows = ctx.sqlite
    .prepare(
      `SELECT a.entry_id, a.sha256, a.original_name, a.size_bytes, a.media_type FROM journal_attachments a
        JOIN journal_entries e ON e.id = a.entry_id WHERE e.client_id = ? ORDER BY a.entry_id, a.id`,
    )
    .all(clientId) as { entry_id: number; sha256: string; original_name: string; size_bytes: number; media_type: string }[];
  for (const a of attRows) {
    if (!ids.has(a.entry_id)) continue;
    const list = atts.get(a.entry_id) ?? [];
    list.push({ sha256: a.sha256, originalName: a.original_name, sizeBytes: a.size_bytes, mediaType: a.media_type });
    atts.set(a.entry_id, list);
  }
  const out = new Map<number, { prevHash: string; entry: ChainEntry }>();
  for (const r of ctx.sqlite
    .prepare('SELECT * FROM journal_entries WHERE client_id = ?')
    .iterate(clientId) as Iterable<StoredRow>)
    if (ids.has(r.id)) out.set(r.id, { prevHash: r.prev_hash, entry: rowToChainEntry(r, atts.get(r.id) ?? []) });
  return out;
}

export function dossierModel(
  ctx: ServiceContext,
  deps: ModelDeps,
  o: DossierOptions,
  v: JournalVerification,
  createdAt: string,
  timeZone: string,
): DossierModel {
  const p = profileOrThrow(deps.settings);
  const client = deps.clients.get(o.clientId);
  const entries = dossierEntries(ctx, o, timeZone);
  const head = v.heads.find((h) => h.clientId === o.clientId) ?? { seq: 0, hash: GENESIS_HASH };
  const chain: ChainSummary & { clientName: string } = {
    clientId: client.id,
    clientName: client.name,
    headSeq: head.seq,
    headHash: head.hash,
    count: entries.length,
    firstSeq: entries[0]?.seq ?? null,
    lastSeq: entries.at(-1)?.seq ?? null,
  };
  const total = ctx.sqlite
    .prepare<[number], { n: number }>('SELECT COUNT(*) AS n FROM journal_entries WHERE client_id = ?')
    .get(o.clientId)!.n;
  return {
    business: { name: p.businessName, ownerName: p.ownerName, ownerTitle: p.ownerTitle, place: p.place ?? '' },
    // the single-user app: only the owner writes (the same name every new entry records);
    // a team's journal: its owners and staff, each under their own login (accountants only read)
    writers: [p.ownerName],
    ...teamWritersOf(ctx),
    client: { id: client.id, name: client.name, company: client.company },
    range: { from: o.from, to: o.to },
    kinds: o.kinds,
    appVersion: deps.version,
    entries,
    totalEntries: total,
    chains: [chain],
    verification: {
      ok: v.ok,
      // verification is the first step of making the document: its time is the document's,
      // so a re-export with the same creation time gives the same bytes
      checkedAt: createdAt,
      entriesChecked: v.entriesChecked,
      attachmentsChecked: v.attachmentsChecked,
      failure: v.failure,
    },
  };
}

/** The valuation as the client page shows it, with its evidence named as people read it. */
export function valueModel(ctx: ServiceContext, deps: ModelDeps, clientId: number): ValueModel {
  const p = profileOrThrow(deps.settings);
  const client = deps.clients.get(clientId);
  const valuation = deps.valuation.clientValuation(clientId);
  const invoiceIds = [...new Set([...valuation.flags.flatMap((f) => f.invoiceIds), ...(valuation.trend?.invoiceIds ?? [])])];
  const entryIds = [...new Set(valuation.flags.flatMap((f) => f.entryIds))];
  const inv = ctx.sqlite.prepare<[number], { id: number; number: string; issued_on: string }>(
    'SELECT id, number, issued_on FROM invoices WHERE id = ?',
  );
  const ent = ctx.sqlite.prepare<[number], { id: number; seq: number; occurred_at: string }>(
    'SELECT id, seq, occurred_at FROM journal_entries WHERE id = ?',
  );
  return {
    business: { name: p.businessName, ownerName: p.ownerName, ownerTitle: p.ownerTitle },
    client: { id: client.id, name: client.name, company: client.company },
    appVersion: deps.version,
    valuation,
    evidence: {
      invoices: invoiceIds.flatMap((id) => {
        const r = inv.get(id);
        return r ? [{ id: r.id, number: r.number, issuedOn: r.issued_on }] : [];
      }),
      entries: entryIds.flatMap((id) => {
        const r = ent.get(id);
        return r ? [{ id: r.id, seq: r.seq, occurredAt: r.occurred_at }] : [];
      }),
    },
  };
}

/** A team replica's writers (team_people: owners, then staff, by name); nothing for a single-user file. */
function teamWritersOf(ctx: ServiceContext): Pick<DossierModel, 'teamWriters'> {
  if (!isTeamReplica(ctx.sqlite)) return {};
  const writers = [...teamPeopleByRole(ctx.sqlite)]
    .filter(([, p]) => p.role === 'owner' || p.role === 'staff')
    .map(([login, p]) => ({ name: p.name, login, role: p.role as 'owner' | 'staff' }))
    .sort((a, b) => (a.role !== b.role ? (a.role === 'owner' ? -1 : 1) : a.name.localeCompare(b.name)));
  return writers.length ? { teamWriters: writers } : {};
}
