// `report <value|dossier|handover>`: the app's PDF documents from a terminal. The same job and
// renderer as the app, so with the same --created-at and --tz the bytes are the same.
import { fold } from '../../shared/domain/fold';
import { languages, type Language } from '../../shared/domain/format';
import { journalKinds } from '../../shared/domain/journal-kinds';
import { dossierOptionsSchema } from '../../shared/contract/reports';
import { isoDate, isoDateTime } from '../../shared/contract/text';
import { AppError } from '../../shared/errors';
import type { Services } from '../core/services';
import { writeFileAtomically } from '../reports/files';
import { accessDetail, recordAccess } from '../team/access-log';
import { openExisting, requireString, UsageError, type CliCommand, type CliIo } from './common';

/** A client by id, or by name (case- and accent-insensitive, must be unambiguous). */
export function findClient(services: Services, ref: string): number {
  if (/^\d+$/.test(ref)) return services.clients.get(Number(ref)).id;
  const all = services.clients.list({ search: '', status: null, includeArchived: true });
  const exact = all.filter((c) => fold(c.name) === fold(ref));
  if (exact.length === 1) return exact[0]!.id;
  if (exact.length > 1)
    throw new UsageError(`${exact.length} clients are named “${ref}”: use the id (${exact.map((c) => c.id).join(', ')})`);
  throw new UsageError(`no client named “${ref}”`);
}

function optional<T>(values: Record<string, unknown>, name: string, parse: (s: string) => T): T | null {
  const v = values[name];
  if (v === undefined) return null;
  try {
    return parse(String(v));
  } catch {
    throw new UsageError(`--${name}: not a valid value (${String(v)})`);
  }
}

/**
 * The final handover report of the client's latest part-ways case: the bytes the app's
 * "Export final report (PDF)" saves for the same creation time (nothing is journaled here; the
 * database is opened read-only).
 */
async function handover(
  services: Services,
  clientId: number,
  out: string,
  io: CliIo,
  at: { createdAt?: string; timeZone?: string; language?: Language },
): Promise<number> {
  const name = services.clients.get(clientId).name;
  const latest = services.offboarding.list({ clientId, openOnly: false }).find((c) => c.path === 'part_ways');
  if (!latest) {
    io.err(`${name} (client ${clientId}) has no part-ways case, so there is no final handover report.`);
    return 1;
  }
  if (latest.status === 'abandoned') {
    io.err(`${name}'s latest part-ways case (#${latest.id}) was abandoned: it has no final handover report.`);
    return 1;
  }
  if (latest.values['final_report'] === undefined) {
    io.err(
      `${name}'s part-ways case (#${latest.id}) has no final report yet: it is at the step "${latest.step}"; save the final report step first.`,
    );
    return 1;
  }
  const r = await services.offboarding.renderPdf(latest.id, 'report', at);
  writeFileAtomically(out, r.bytes, { replace: false });
  recordAccess(services.ctx, { action: 'export.handover_report', clientId, detail: accessDetail(out, `${r.pages} pages`) });
  io.out(`wrote ${out}: ${r.pages} pages, ${r.bytes.length} bytes, part-ways case #${latest.id} (${latest.status})`);
  return 0;
}

/** `report people`: the owner's per-person counts (entries, clients met, difficult clients, abuse faced). */
async function peopleReport(values: Record<string, unknown>, io: CliIo): Promise<number> {
  const { database, services } = openExisting(requireString(values, 'db'), true);
  try {
    await services.valuation.ready();
    const v = services.peopleCounts.view();
    if (values['json'] === true) {
      io.out(JSON.stringify(v));
      return 0;
    }
    if (v.people.length === 0) {
      io.out('no journal entries yet: nobody has written anything to count');
      return 0;
    }
    for (const p of v.people) {
      const who = p.author === '' ? '(author not recorded: entries from before authors were kept)' : p.name;
      io.out(`${who}${p.role ? ` (${p.role}${p.author !== p.name ? `, ${p.author}` : ''})` : ''}`);
      io.out(`  entries written: ${p.entries}`);
      io.out(`  calls and meetings: ${p.meetings} with ${p.clientsMet.length} clients`);
      io.out(`  difficult clients met: ${p.difficultClientsMet} (${p.difficultMeetings} times)`);
      for (const m of p.clientsMet.filter((c) => c.difficulty.length))
        io.out(`    ${m.clientName} (client ${m.clientId}): ${m.times} times; ${m.difficulty.join(', ')}`);
      io.out(`  abuse faced: ${p.abuse}; threats faced: ${p.threats}`);
    }
    if (v.accessLogPending) io.out(`exports not yet in the team's access log: ${v.accessLogPending} (sent on the next sync)`);
    return 0;
  } finally {
    database.close();
  }
}

export const reportCommand: CliCommand = {
  summary:
    "write a PDF report (value, dossier, or handover: the final report of the latest part-ways case, in the owner's language unless --lang); never replaces an existing file",
  usage:
    'report <value|dossier|handover|statement> --db <path> --client <id or name> --lang <en|tr|az> (handover, statement: optional) --out <file.pdf> [--created-at ISO] [--tz Europe/Istanbul] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--kinds call,complaint] [--accept-failed-verification]; dossier: --bundle <new folder> instead of --out writes the dossier, its exhibits and SHA256SUMS.txt; report people --db <path> [--json]: per-person counts (entries, clients met, difficult clients, abuse faced)',
  positionals: true,
  options: {
    db: { type: 'string' },
    client: { type: 'string' },
    lang: { type: 'string' },
    out: { type: 'string' },
    bundle: { type: 'string' },
    'created-at': { type: 'string' },
    tz: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    kinds: { type: 'string' },
    'accept-failed-verification': { type: 'boolean' },
    json: { type: 'boolean' },
  },
  async run(values, io, positionals) {
    const [document, ...extra] = positionals;
    if (document === 'people' && !extra.length) return peopleReport(values, io);
    if (!document || extra.length || !['value', 'dossier', 'handover', 'statement'].includes(document))
      throw new UsageError('name one document: value, dossier, handover, statement or people');
    // the handover report and the statement are in the owner's language unless --lang says otherwise, as in the app
    const ownLanguage = document === 'handover' || document === 'statement';
    const lang = ownLanguage && values['lang'] === undefined ? null : requireString(values, 'lang');
    if (lang !== null && !(languages as readonly string[]).includes(lang)) throw new UsageError('--lang must be en, tr or az');
    const bundle = typeof values['bundle'] === 'string' ? values['bundle'] : null;
    if (bundle !== null && document !== 'dossier') throw new UsageError('--bundle is for a dossier');
    if (bundle !== null && values['out'] !== undefined) throw new UsageError('give --out or --bundle, not both');
    const out = bundle ?? requireString(values, 'out');
    const createdAt = optional(values, 'created-at', (s) => isoDateTime.parse(s)) ?? undefined;
    const timeZone = optional(values, 'tz', (s) => {
      new Intl.DateTimeFormat('en', { timeZone: s });
      return s;
    });
    // --created-at is the day the report is "as of": the valuation window ends there too
    const { database, services } = openExisting(
      requireString(values, 'db'),
      true,
      createdAt ? { now: () => new Date(createdAt) } : {},
    );
    try {
      const clientId = findClient(services, requireString(values, 'client'));
      const at = { ...(createdAt ? { createdAt } : {}), ...(timeZone ? { timeZone } : {}) };
      if (document === 'handover')
        return await handover(services, clientId, out, io, { ...at, ...(lang ? { language: lang as Language } : {}) });
      if (document === 'statement') {
        const r = await services.offboarding.statementPdf(clientId, { ...at, ...(lang ? { language: lang as Language } : {}) });
        writeFileAtomically(out, r.bytes, { replace: false });
        recordAccess(services.ctx, { action: 'export.statement', clientId, detail: accessDetail(out, `${r.pages} pages`) });
        io.out(`wrote ${out}: ${r.pages} page${r.pages === 1 ? '' : 's'}`);
        return 0;
      }
      if (document === 'value') {
        const r = await services.reports.valuePdf({ clientId, language: lang as Language }, at);
        writeFileAtomically(out, r.bytes, { replace: false });
        io.out(`wrote ${out}: ${r.pages} pages, ${r.bytes.length} bytes, document ${r.documentId.slice(0, 16)}`);
        return 0;
      }
      const kinds = optional(values, 'kinds', (s) => s.split(',').map((k) => k.trim())) ?? [];
      for (const k of kinds) if (!(journalKinds as readonly string[]).includes(k)) throw new UsageError(`unknown kind: ${k}`);
      const options = dossierOptionsSchema.parse({
        clientId,
        from: optional(values, 'from', (s) => isoDate.parse(s)),
        to: optional(values, 'to', (s) => isoDate.parse(s)),
        kinds,
        language: lang as Language,
        acceptFailedVerification: values['accept-failed-verification'] === true,
      });
      const renderAt = { ...(createdAt ? { createdAt } : {}), ...(timeZone ? { timeZone } : {}) };
      const r =
        bundle === null
          ? await services.reports.dossierPdf(options, renderAt)
          : await services.reports.dossierBundle(options, bundle, renderAt);
      if (r.status === 'verification_failed') {
        io.err(
          `NOT EXPORTED: the journal does not verify (client ${r.failure.clientId}, entry #${r.failure.seq}: ${r.failure.reason}).`,
        );
        io.err(r.failure.detail);
        io.err('Add --accept-failed-verification to export a dossier marked "verification failed" on every page.');
        return 1;
      }
      if (r.status === 'saved') {
        io.out(
          `wrote ${r.path}: ${r.files.length} files (the dossier, ${r.exhibits} exhibits, SHA256SUMS.txt), document ${r.documentId}`,
        );
        for (const f of r.files) io.out(`  ${f}`);
        return 0;
      }
      writeFileAtomically(out, r.bytes, { replace: false });
      io.out(`wrote ${out}: ${r.pages} pages, ${r.bytes.length} bytes, document ${r.documentId.slice(0, 16)}`);
      if (r.timestamp?.state === 'stamped') io.out(`timestamped by ${r.timestamp.signer} at ${r.timestamp.genTime}`);
      else if (r.timestamp) io.out(`not timestamped: ${r.timestamp.error} (${r.timestamp.authority})`);
      return 0;
    } catch (e) {
      if (e instanceof AppError && e.code === 'CONFLICT')
        throw new UsageError(
          bundle !== null
            ? `${out} is not empty: choose a new folder for --bundle (nothing is replaced)`
            : `${out} exists: choose another --out (nothing is replaced)`,
        );
      throw e;
    } finally {
      database.close();
    }
  },
};
