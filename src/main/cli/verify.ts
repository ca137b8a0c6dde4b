import { verifyJournal } from '../journal/chain';
import { openExisting, requireString, UsageError, type CliCommand, type CliIo } from './common';
import { existsSync, readFileSync } from 'node:fs';
import { standings } from '../../shared/domain/journal-receipt';
import { readDossierManifest } from '../pdf/manifest-reader';
import { withTeam } from '../team/connect';
import { verifyTeam, verifyTeamAgainst } from '../team/journal';
import { timestampLine } from './receipt';
import { receiptFromBytes } from '../reports/receipt-file';

export const verifyCommand: CliCommand = {
  summary:
    'recompute every journal hash chain and attachment fingerprint; exit 1 naming the first entry that does not match. --against: check against a receipt or dossier made before (catches a recomputed chain)',
  usage:
    'verify --db <path> [--client <id>] [--against <receipt.pdf|receipt.json|dossier.pdf>] [--json]\n       npm run cli -- verify --team <postgres-url> [--against <receipt.json|receipt.pdf|dossier.pdf>] [--json]',
  options: {
    db: { type: 'string' },
    team: { type: 'string' },
    client: { type: 'string' },
    against: { type: 'string' },
    json: { type: 'boolean' },
  },
  async run(values, io) {
    if (typeof values['team'] === 'string') {
      if (values['db'] !== undefined) throw new UsageError('give --db or --team, not both');
      return verifyTeamCommand(
        values['team'],
        typeof values['against'] === 'string' ? values['against'] : null,
        values['json'] === true,
        io,
      );
    }
    if (typeof values['against'] === 'string')
      return verifyAgainst(requireString(values, 'db'), values['against'], values['json'] === true, io);
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
        // the client by name as well as number: the owner knows "Mehmet Kaya", not "client 3"
        const name = database.sqlite
          .prepare<[number], { name: string }>('SELECT name FROM clients WHERE id = ?')
          .get(f.clientId)?.name;
        if (name) io.out(`client ${f.clientId}: ${name}`);
      }
      return v.ok ? 0 : 1;
    } finally {
      database.close();
    }
  },
};

const standingWord = { intact: 'intact', appended: 'appended since', changed: 'CHANGED', cut_off: 'CUT OFF', missing: 'MISSING' };

/** Does the live journal still contain exactly the history a receipt or dossier describes? */
async function verifyAgainst(db: string, pdf: string, json: boolean, io: CliIo): Promise<number> {
  if (!existsSync(pdf)) throw new UsageError(`no file at ${pdf}`);
  const { database, services } = openExisting(db, true);
  try {
    const r = await services.reports.verifyAgainstFile(pdf);
    if (!r)
      throw new UsageError(
        `${pdf} is neither a dossier nor a journal receipt made by Client Dossier (none found, or it was edited since it was made)`,
      );
    const stampOk = r.timestamp.state !== 'stamped' || r.timestamp.ok;
    if (json) {
      io.out(JSON.stringify(r));
      return r.ok && stampOk ? 0 : 1;
    }
    io.out(`${r.document} ${r.documentId?.slice(0, 16)} made ${r.createdAt}`);
    for (const c of r.standings)
      io.out(`client ${c.clientId}: ${standingWord[c.standing]}${c.clientName ? ` (${c.clientName})` : ''}`);
    for (const c of r.chains) {
      io.out(
        `client ${c.clientId}: ${r.document} up to entry #${c.dossierSeq}, live journal up to #${c.liveSeq ?? 'none'}` +
          (c.appendedSince
            ? `, ${c.appendedSince} appended since (#${c.dossierSeq + 1}–#${c.dossierSeq + c.appendedSince})`
            : ''),
      );
    }
    for (const p of r.problems) {
      if (p.kind === 'truncated')
        io.out(`TRUNCATED: client ${p.clientId} ends at #${p.liveSeq}; the dossier covers up to #${p.seq}`);
      else if (p.kind === 'changed') io.out(`CHANGED: client ${p.clientId}, entry #${p.seq} no longer has the dossier's hash`);
      else if (p.kind === 'broken') io.out(`NOT INTACT: client ${p.clientId}, entry #${p.seq}: ${p.reason}`);
      else if (p.kind === 'backdated')
        io.out(
          `BACKDATED: client ${p.clientId}, entry #${p.seq} is not in the ${r.document} but says it was recorded at ${p.recordedAt}, before the ${r.document} was made (${p.madeAt}): put in later with an earlier time, or the computer's clock was turned back`,
        );
      else io.out(`MISSING: client ${p.clientId} has no journal`);
    }
    if (r.document === 'receipt' || r.timestamp.state !== 'none') io.out(timestampLine(r.timestamp));
    io.out(r.ok ? `matches: the live journal contains exactly the ${r.document}'s history` : `DOES NOT MATCH the ${r.document}`);
    // a token that does not match the receipt is a failed check, as a changed chain is
    return r.ok && stampOk ? 0 : 1;
  } finally {
    database.close();
  }
}

/** The chains a receipt or dossier describes; null when the file is neither (or was edited since). */
function readAgainstFile(path: string) {
  const bytes = readFileSync(path);
  const manifest = readDossierManifest(bytes);
  if (manifest)
    return {
      document: 'dossier' as const,
      chains: manifest.chains,
      documentId: manifest.documentId,
      createdAt: manifest.createdAt,
    };
  const r = receiptFromBytes(bytes);
  if (!r) return null;
  return { document: 'receipt' as const, chains: r.chains, documentId: r.receiptId, createdAt: r.createdAt };
}

/** Every chain on the team server, recomputed here; with a receipt, also against what it recorded. */
async function verifyTeamCommand(url: string, against: string | null, json: boolean, io: CliIo): Promise<number> {
  if (against !== null && !existsSync(against)) throw new UsageError(`no file at ${against}`);
  const file = against === null ? undefined : readAgainstFile(against);
  if (file === null)
    throw new UsageError(
      `${against} is neither a dossier nor a journal receipt made by Client Dossier (none found, or it was edited since it was made)`,
    );
  return withTeam(url, async (c) => {
    if (!file) {
      const v = await verifyTeam(c);
      if (json) io.out(JSON.stringify(v));
      else if (v.ok) io.out(`intact: ${v.entriesChecked} entries in ${v.clientsChecked} client chains on the team server`);
      else {
        io.out(
          `NOT INTACT: client ${v.failure!.clientId}, entry #${v.failure!.seq}${v.failure!.entryId ? ` (id ${v.failure!.entryId})` : ''}: ${v.failure!.reason}`,
        );
        io.out(v.failure!.detail);
      }
      return v.ok ? 0 : 1;
    }
    const r = await verifyTeamAgainst(c, file.chains, { documentId: file.documentId, createdAt: file.createdAt });
    const ok = r.ok && r.verification.ok;
    if (json) {
      io.out(JSON.stringify({ document: file.document, ...r, ok }));
      return ok ? 0 : 1;
    }
    if (!r.verification.ok) {
      const f = r.verification.failure!;
      io.out(`NOT INTACT: client ${f.clientId}, entry #${f.seq}: ${f.reason}`);
    }
    for (const s of standings(r)) io.out(`client ${s.clientId}: ${standingWord[s.standing]}`);
    io.out(
      ok ? `matches: the team journal contains exactly the ${file.document}'s history` : `DOES NOT MATCH the ${file.document}`,
    );
    return ok ? 0 : 1;
  });
}
