// The data behind each document, read straight from the database (journal rows by SQL, so a
// dossier shows exactly what the chain hashed) and shaped as plain, serialisable models.
import { GENESIS_HASH, type JournalVerification } from '../../shared/domain/journal-chain';
import type { ChainSummary } from '../../shared/domain/dossier-manifest';
import type { DossierOptions } from '../../shared/contract/reports';
import { AppError } from '../../shared/errors';
import { addDays } from '../../shared/domain/valuation-window';
import type { DossierEntry, DossierModel } from '../pdf/dossier';
import type { ValueModel } from '../pdf/value-report';
import type { ServiceContext } from './context';
import type { ClientsService } from './clients';
import type { SettingsService } from './settings';
import type { ValuationService } from './valuation';

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

interface EntryRow {
  id: number;
  seq: number;
  kind: string;
  channel: string;
  occurred_at: string;
  recorded_at: string;
  duration_minutes: number | null;
  summary: string;
  details: string;
  quotes: string;
  people: string;
  witnesses: string;
  severity: string;
  signs: string;
  amends_id: number | null;
  refers_to_id: number | null;
  case_id: number | null;
  is_sample: number;
  prev_hash: string;
  hash: string;
}

/** The client's entries in the period and kinds, with their attachments, in chain order. */
export function dossierEntries(
  ctx: ServiceContext,
  o: Pick<DossierOptions, 'clientId' | 'from' | 'to' | 'kinds'>,
  timeZone = 'UTC',
): DossierEntry[] {
  // The period is in the owner's days (the document's time zone): SQL narrows by UTC day with
  // a day to spare on each side, then each entry's local day decides.
  const where = ['client_id = @clientId'];
  if (o.from) where.push('substr(occurred_at, 1, 10) >= @fromUtc');
  if (o.to) where.push('substr(occurred_at, 1, 10) <= @toUtc');
  if (o.kinds.length) where.push(`kind IN (${o.kinds.map((_, i) => `@k${i}`).join(', ')})`);
  const params: Record<string, unknown> = {
    clientId: o.clientId,
    fromUtc: o.from ? addDays(o.from, -1) : null,
    toUtc: o.to ? addDays(o.to, 1) : null,
  };
  o.kinds.forEach((k, i) => (params[`k${i}`] = k));
  const localDay = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  const inPeriod = (iso: string) => {
    const day = localDay.format(new Date(iso));
    return (!o.from || day >= o.from) && (!o.to || day <= o.to);
  };
  const rows = (
    ctx.sqlite.prepare(`SELECT * FROM journal_entries WHERE ${where.join(' AND ')} ORDER BY seq`).all(params) as EntryRow[]
  ).filter((r) => inPeriod(r.occurred_at));
  // A correction always travels with what it corrects, whatever its own date or kind.
  const included = new Set(rows.map((r) => r.id));
  const amendments = ctx.sqlite
    .prepare('SELECT * FROM journal_entries WHERE client_id = ? AND amends_id IS NOT NULL ORDER BY seq')
    .all(o.clientId) as EntryRow[];
  let added = false;
  for (const r of amendments) {
    if (!included.has(r.id) && included.has(r.amends_id!)) {
      included.add(r.id);
      rows.push(r);
      added = true;
    }
  }
  if (added) rows.sort((x, y) => x.seq - y.seq);
  const atts = ctx.sqlite.prepare<[number], { sha256: string; original_name: string; size_bytes: number; media_type: string }>(
    'SELECT sha256, original_name, size_bytes, media_type FROM journal_attachments WHERE entry_id = ? ORDER BY id',
  );
  return rows.map((r) => ({
    id: r.id,
    seq: r.seq,
    kind: r.kind,
    channel: r.channel,
    occurredAt: r.occurred_at,
    recordedAt: r.recorded_at,
    durationMinutes: r.duration_minutes,
    summary: r.summary,
    details: r.details,
    quotes: JSON.parse(r.quotes) as string[],
    people: JSON.parse(r.people) as string[],
    witnesses: JSON.parse(r.witnesses) as string[],
    severity: r.severity,
    signs: JSON.parse(r.signs) as string[],
    amendsId: r.amends_id,
    refersToId: r.refers_to_id,
    caseId: r.case_id,
    isSample: r.is_sample === 1,
    hash: r.hash,
    prevHash: r.prev_hash,
    attachments: atts.all(r.id).map((a) => ({
      sha256: a.sha256,
      originalName: a.original_name,
      sizeBytes: a.size_bytes,
      mediaType: a.media_type,
    })),
  }));
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
  return {
    business: { name: p.businessName, ownerName: p.ownerName, ownerTitle: p.ownerTitle },
    client: { id: client.id, name: client.name, company: client.company },
    range: { from: o.from, to: o.to },
    kinds: o.kinds,
    appVersion: deps.version,
    entries,
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
  const invoiceIds = [...new Set(valuation.flags.flatMap((f) => f.invoiceIds))];
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
