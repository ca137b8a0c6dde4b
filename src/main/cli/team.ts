// `npm run cli -- team <init|add-person|access|receipt> --url <postgres-url> …`: setting up and
// running a team database on PostgreSQL. The server enforces everything (see src/main/team/).
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { TeamRound } from '../../shared/contract/team';
import { createTeamFile } from '../team/join';
import { asTeamError } from '../team/service';
import { fileSecrets } from '../team/secrets';
import { teamSentence } from '../team/messages';
import { openExisting } from './common';
import { receiptFormat, receiptJson } from '../../shared/domain/journal-receipt';
import { parseTeamUrl, withTeam } from '../team/connect';
import { initTeam } from '../team/init';
import { verifyTeam } from '../team/journal';
import { addPerson, parseCostRate, personRoles, setClientAccess, setCostRate, type PersonRole } from '../team/people';
import { readAccessLog } from '../team/access-log';
import { teamSchema } from '../team/schema-sql';
import { requireString, UsageError, type CliCommand } from './common';
import { receiptIdOf } from '../reports/receipt-file';

const usage = [
  'team init --url <postgres-url>',
  'team add-person --url <postgres-url> --name <name> --role <owner|staff|accountant> [--login <role name>] [--cost-rate <amount per hour>]',
  'team set-rate --url <postgres-url> --person <role name> --rate <amount per hour>|--clear',
  'team log --url <owner url> [--limit <n>] [--json]',
  'team access --url <postgres-url> --client <id> --person <role name> --allow|--deny|--clear',
  'team receipt --url <postgres-url> --out <file.json>',
  "team join --db <new replica file> --url <the person's URL from add-person>",
  'team sync --db <replica file>',
  'team status --db <replica file> [--json]',
].join('\n       npm run cli -- ');

export const teamCommand: CliCommand = {
  summary:
    'a team database on PostgreSQL 15+: init (schema, roles, policies), add-person (a login for one person), set-rate (a person’s cost rate an hour, for cost to serve; owners only), access (keep a person away from a client), log (who exported what; owners only), receipt; join, sync, status (a person’s replica file)',
  usage,
  positionals: true,
  options: {
    url: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string' },
    login: { type: 'string' },
    client: { type: 'string' },
    person: { type: 'string' },
    allow: { type: 'boolean' },
    deny: { type: 'boolean' },
    clear: { type: 'boolean' },
    out: { type: 'string' },
    json: { type: 'boolean' },
    'cost-rate': { type: 'string' },
    rate: { type: 'string' },
    limit: { type: 'string' },
    db: { type: 'string' },
  },
  async run(values, io, positionals) {
    const [sub, ...extra] = positionals;
    if (extra.length) throw new UsageError(`unexpected ${extra.join(' ')}`);
    if (sub === 'join' || sub === 'sync' || sub === 'status') return replicaCommand(sub, values, io);
    const url = requireString(values, 'url');
    const target = parseTeamUrl(url);
    const json = values['json'] === true;
    if (sub === 'init') {
      const r = await withTeam(url, (c) => initTeam(c));
      if (json) io.out(JSON.stringify(r));
      else {
        io.out(
          `${r.existed ? 'brought up to date' : 'created'}: the team schema "${teamSchema}" (version ${r.schemaVersion}) in ${r.database} on PostgreSQL ${r.serverVersion}`,
        );
        io.out('roles: team_owner, team_staff, team_accountant; add people with `npm run cli -- team add-person`');
      }
      return 0;
    }
    if (sub === 'add-person') {
      const name = requireString(values, 'name');
      const role = requireString(values, 'role');
      if (!(personRoles as readonly string[]).includes(role)) throw new UsageError(`--role takes ${personRoles.join(', ')}`);
      const login = typeof values['login'] === 'string' ? values['login'] : undefined;
      const rateText = typeof values['cost-rate'] === 'string' ? values['cost-rate'] : undefined;
      const costRateMinor = rateText === undefined ? null : parseCostRate(rateText);
      if (rateText !== undefined && costRateMinor === null)
        throw new UsageError('--cost-rate takes an amount an hour in the business currency, e.g. 450 or 450.50');
      const p = await withTeam(url, (c) =>
        addPerson(c, target, { name, role: role as PersonRole, costRateMinor, ...(login === undefined ? {} : { login }) }),
      );
      if (json) io.out(JSON.stringify(p));
      else {
        io.out(`added ${p.name} as ${p.role}. Give them these (the password is shown only now):`);
        io.out(`  connection: ${p.url}`);
        io.out(`  role:       ${p.login}`);
        io.out(`  password:   ${p.password}`);
      }
      return 0;
    }
    if (sub === 'set-rate') {
      const login = requireString(values, 'person');
      const clear = values['clear'] === true;
      const rateText = typeof values['rate'] === 'string' ? values['rate'] : undefined;
      if (clear === (rateText !== undefined)) throw new UsageError('give one of --rate <amount per hour> or --clear');
      const rateMinor = rateText === undefined ? null : parseCostRate(rateText);
      if (rateText !== undefined && rateMinor === null)
        throw new UsageError('--rate takes an amount an hour in the business currency, e.g. 450 or 450.50');
      await withTeam(url, (c) => setCostRate(c, { login, rateMinor }));
      if (json) io.out(JSON.stringify({ login, costRateMinor: rateMinor }));
      else
        io.out(
          rateMinor === null
            ? `${login}: no cost rate of their own (their time is costed at the owner's hourly rate)`
            : `${login}: cost rate ${(rateMinor / 100).toFixed(2)} an hour (their apps use it after the next sync)`,
        );
      return 0;
    }
    if (sub === 'log') {
      const limitText = typeof values['limit'] === 'string' ? values['limit'] : '500';
      const limit = Number(limitText);
      if (!Number.isInteger(limit) || limit < 1 || limit > 100_000)
        throw new UsageError('--limit takes a number from 1 to 100000');
      const rows = await withTeam(url, (c) => readAccessLog(c, { limit }));
      if (json) io.out(JSON.stringify(rows));
      else if (rows.length === 0) io.out('the access log is empty: nobody has exported anything yet');
      else
        for (const r of rows)
          io.out(
            `${r.at}  ${r.name ? `${r.name} (${r.roleName})` : r.roleName}  ${r.action}${r.clientId === null ? '' : `  client ${r.clientId}`}  ${r.detail}`,
          );
      return 0;
    }
    if (sub === 'access') {
      const clientId = Number(requireString(values, 'client'));
      if (!Number.isInteger(clientId) || clientId <= 0) throw new UsageError('--client takes a client id');
      const login = requireString(values, 'person');
      const chosen = (['allow', 'deny', 'clear'] as const).filter((k) => values[k] === true);
      if (chosen.length !== 1) throw new UsageError('give one of --allow, --deny, --clear');
      const access = chosen[0] === 'clear' ? null : chosen[0]!;
      await withTeam(url, (c) => setClientAccess(c, { clientId, login, access }));
      io.out(
        access === null
          ? `${login}: the usual access to client ${clientId}`
          : `${login}: ${access === 'deny' ? 'kept away from' : 'may see'} client ${clientId}`,
      );
      return 0;
    }
    if (sub === 'receipt') {
      const out = resolve(requireString(values, 'out'));
      if (!out.toLowerCase().endsWith('.json')) throw new UsageError('a team receipt is written as .json');
      return withTeam(url, async (c) => {
        const v = await verifyTeam(c);
        if (!v.ok) {
          io.out(`NOT INTACT: client ${v.failure!.clientId}, entry #${v.failure!.seq}: ${v.failure!.reason}`);
          io.out('no receipt was written: a receipt is made only of a journal that verifies');
          return 1;
        }
        const names = new Map(
          (await c.query<{ id: string; name: string }>(`SELECT id, name FROM ${teamSchema}.clients`)).rows.map((r) => [
            Number(r.id),
            r.name,
          ]),
        );
        const body = {
          format: receiptFormat,
          version: 1 as const,
          createdAt: v.checkedAt,
          businessName: `${target.host}/${target.database}`,
          chains: v.heads.map((h) => ({
            clientId: h.clientId,
            clientName: names.get(h.clientId) ?? '',
            count: h.seq,
            headSeq: h.seq,
            headHash: h.hash,
          })),
        };
        const receiptId = receiptIdOf(body);
        writeFileSync(out, `${receiptJson({ ...body, receiptId }, 2)}\n`);
        io.out(
          `receipt ${receiptId.slice(0, 16)} made ${body.createdAt}: ${body.chains.length} client chains, written to ${out}`,
        );
        return 0;
      });
    }
    throw new UsageError(
      sub ? `unknown team command: ${sub}` : 'which team command? init, add-person, set-rate, access, log, receipt, join, sync or status',
    );
  },
};

const moved = (r: TeamRound) =>
  `sent ${r.recordsPushed} records and ${r.entriesPushed} entries; received ${r.recordsPulled} records and ${r.entriesPulled} entries` +
  (r.conflicts ? `; ${r.conflicts} new conflicts (settle them in Settings → Team)` : '');

/** join, sync and status: a person's replica file, on the same team service as the app. */
async function replicaCommand(
  sub: 'join' | 'sync' | 'status',
  values: Parameters<CliCommand['run']>[0],
  io: Parameters<CliCommand['run']>[1],
): Promise<number> {
  const dbPath = resolve(requireString(values, 'db'));
  if (sub === 'join') {
    const url = requireString(values, 'url');
    const secrets = fileSecrets(join(dirname(dbPath), 'team-secrets.json'));
    let made;
    try {
      made = await createTeamFile({ url, databasePath: dbPath, secrets, now: new Date() });
    } catch (e) {
      const t = (() => {
        try {
          return parseTeamUrl(url);
        } catch {
          return { host: '', port: 0, user: '', database: '' };
        }
      })();
      const err = asTeamError(e, t);
      io.err(teamSentence({ key: String(err.details?.['teamMessage']), params: err.details as Record<string, string> }));
      return 1;
    }
    const s = made.setting;
    io.out(`joined ${s.database} on ${s.host}:${s.port} as ${s.personName} (${s.role}); the team's file is ${dbPath}`);
    if (!made.tls) io.out('warning: the connection is not encrypted (the server offers no TLS)');
  }
  const { database, services } = openExisting(dbPath);
  try {
    if (sub === 'status') {
      const problem = await services.team.probe();
      const st = services.team.status();
      if (values['json'] === true) {
        io.out(JSON.stringify(problem ? { ...st, problem } : st));
        return 0;
      }
      if (!st.joined) {
        io.out(`${dbPath} is not joined to a team`);
        return 1;
      }
      io.out(`team: ${st.database} on ${st.host}:${st.port} (PostgreSQL ${st.serverVersion ?? '?'})`);
      io.out(`person: ${st.personName} (${st.role}, login ${st.roleName})`);
      io.out(`connection: ${st.connection}${st.tls === null ? '' : st.tls ? ', TLS' : ', not encrypted'}`);
      if (problem) io.out(`  ${teamSentence(problem)}`);
      io.out(`last sync: ${st.lastSyncAt ?? 'never'}`);
      if (st.lastError) io.out(`last problem: ${teamSentence(st.lastError)}`);
      io.out(
        `queue: ${st.queue.pending} entries not yet in the team journal${st.queue.lastError ? ` (refused: ${st.queue.lastError})` : ''}`,
      );
      io.out(`conflicts: ${st.queue.conflicts}`);
      return 0;
    }
    const r = await services.team.syncNow();
    if (r.ok && r.round) {
      io.out(moved(r.round));
      return 0;
    }
    const line = r.error ? teamSentence(r.error) : 'the sync did not finish';
    if (sub === 'join') {
      io.out(`the first sync did not finish: ${line}`);
      io.out('the file is made; run `npm run cli -- team sync --db …` again');
      return 0;
    }
    io.err(line);
    return 1;
  } finally {
    services.team.stop();
    database.close();
  }
}
