// The team service over the open file (plain Node, no electron): its state for Settings → Team,
// one sync round on demand, and the loop that keeps a replica in step — every 30 s while online,
// backing off to 5 min while the server cannot be reached or refuses, and soon after a journal
// write. One connection at a time, closed when the file is closed (leave, switch, quit); a round
// already running is joined, never started twice. Joining and leaving switch the app's file
// through the runtime (the same swap a restore uses); the owner's own file is never converted.
import { existsSync, rmSync } from 'node:fs';
import type pg from 'pg';
import type {
  TeamConflict,
  TeamConnection,
  TeamJoinInput,
  TeamJoinResult,
  TeamMessage,
  TeamRound,
  TeamStatus,
  TeamSyncResult,
} from '../../shared/contract/team';
import { AppError } from '../../shared/errors';
import type { ServiceContext } from '../core/context';
import type { RuntimeControl } from '../core/runtime-control';
import { parseTeamUrl } from './connect';
import { createTeamFile, joinUrl, openTeamConnection, replicaUrl, teamFilePlace, type TeamFileSetting } from './join';
import { describeTeamError, teamError } from './messages';
import { readTeamPointer, writeTeamPointer } from './pointer';
import { teamSecretKey, type Secrets } from './secrets';
import { syncOnce } from './sync';
import { resolveConflict as resolveOnServer } from './sync/records';
import { listRecordRefusals } from './sync/record-tables';
import type { TeamRecordRefusal } from '../../shared/domain/team-records';
import type { Sqlite } from '../db/open';
import { queueState, readTeamReplica } from './sync/replica';
import { listConflicts as openConflicts } from './sync/record-conflicts';

/** This app's own record of its syncs (kept out of the team's settings: written without the dirty trigger). */
export const teamStateKey = 'team.state';

interface TeamState {
  lastSyncAt: string | null;
  lastRound: TeamRound | null;
  lastError: TeamMessage | null;
}

export interface TeamServiceOptions {
  secrets: Secrets;
  /** the running app (switching files); absent in the CLI */
  runtime?: RuntimeControl | undefined;
  /** where the owner's own file and the team file are remembered */
  pointerFile: string;
  /** run the background loop (the app); the CLI and most tests sync on demand only */
  loop?: boolean;
  connectTimeoutMs?: number;
  /** the loop's timings (tests shorten them) */
  timing?: { everyMs?: number; offlineMaxMs?: number; debounceMs?: number };
}

/** Turns any failure of a team step into an AppError whose details carry its translated sentence. */
export function asTeamError(e: unknown, where: { host: string; port: number; user?: string; database?: string }): AppError {
  if (e instanceof AppError && typeof e.details?.['teamMessage'] === 'string') return e;
  const d = describeTeamError(e, where);
  const code = e instanceof AppError ? e.code : 'IO';
  return new AppError(code, (e as Error)?.message ?? String(e), { details: { teamMessage: d.message.key, ...d.message.params } });
}

export function createTeamService(ctx: ServiceContext, o: TeamServiceOptions) {
  const everyMs = o.timing?.everyMs ?? 30_000;
  const offlineMaxMs = o.timing?.offlineMaxMs ?? 5 * 60_000;
  const debounceMs = o.timing?.debounceMs ?? 2_000;
  let looping = o.loop ?? false;
  const replica = () => readTeamReplica(ctx.sqlite) as TeamFileSetting | null;
  const whereOf = (r: TeamFileSetting) => ({ host: r.host, port: r.port, user: r.roleName, database: r.database });

  let client: pg.Client | null = null;
  let connecting: Promise<pg.Client> | null = null;
  let connection: TeamConnection = 'offline';
  let tls: boolean | null = null;
  let serverVersion: string | null = null;
  let running: Promise<TeamSyncResult> | null = null;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let debounce: ReturnType<typeof setTimeout> | null = null;
  let again = false;
  let backoff = 0;
  let nextInMs: number | null = null;
  // one thing at a time on the one connection: a round, or settling a conflict (never inside a round's transaction)
  let lock: Promise<unknown> = Promise.resolve();
  function exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const p = lock.then(fn, fn);
    lock = p.catch(() => {});
    return p;
  }
  let rounds = 0;

  function readState(): TeamState {
    const row = ctx.sqlite.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?').get(teamStateKey);
    const empty: TeamState = { lastSyncAt: null, lastRound: null, lastError: null };
    try {
      return row ? { ...empty, ...(JSON.parse(row.value) as Partial<TeamState>) } : empty;
    } catch {
      return empty;
    }
  }
  function writeState(patch: Partial<TeamState>): void {
    if (stopped) return;
    const at = ctx.now().toISOString();
    // INSERT OR REPLACE: no UPDATE, so the settings trigger does not mark it for the team
    ctx.sqlite
      .prepare('INSERT OR REPLACE INTO settings (key, value, created_at, updated_at) VALUES (?, ?, ?, ?)')
      .run(teamStateKey, JSON.stringify({ ...readState(), ...patch }), at, at);
  }

  function dropClient(): void {
    const c = client;
    client = null;
    void c?.end().catch(() => {});
  }

  function connect(r: TeamFileSetting): Promise<pg.Client> {
    if (client) return Promise.resolve(client);
    if (connecting) return connecting;
    connection = 'connecting';
    connecting = (async () => {
      const password = o.secrets.get(teamSecretKey(r));
      if (!password) throw teamError('FORBIDDEN', 'errors.needsPassword', {}, 'the team password is not stored on this computer');
      const facts = await openTeamConnection(replicaUrl(r, password), {
        expect: r,
        ...(o.connectTimeoutMs ? { connectTimeoutMs: o.connectTimeoutMs } : {}),
      });
      if (stopped) {
        await facts.client.end().catch(() => {});
        throw new AppError('INVALID_STATE', 'the team file was closed');
      }
      const c = facts.client;
      c.on('error', () => {
        if (client === c) dropClient();
        if (!stopped) connection = 'offline';
      });
      c.on('end', () => {
        if (client === c) client = null;
        if (!stopped && !client) connection = 'offline';
      });
      client = c;
      tls = facts.tls;
      serverVersion = facts.serverVersion;
      connection = 'online';
      return c;
    })();
    connecting
      .catch(() => {})
      .finally(() => {
        connecting = null;
      });
    return connecting;
  }

  function scheduleNext(ms: number): void {
    if (!looping || stopped) return;
    if (timer) clearTimeout(timer);
    nextInMs = ms;
    timer = setTimeout(() => {
      timer = null;
      nextInMs = null;
      void syncNow();
    }, ms);
    timer.unref?.();
  }

  function afterRound(): void {
    if (again) {
      again = false;
      scheduleNext(debounceMs);
      return;
    }
    if (connection === 'online') {
      backoff = 0;
      scheduleNext(everyMs);
    } else {
      backoff = backoff ? Math.min(backoff * 2, offlineMaxMs) : everyMs;
      scheduleNext(backoff);
    }
  }

  function syncNow(): Promise<TeamSyncResult> {
    const r = replica();
    if (!r) return Promise.reject(teamError('INVALID_STATE', 'errors.notJoined', {}, 'this file is not joined to a team'));
    if (running) return running;
    rounds++;
    running = exclusive(async (): Promise<TeamSyncResult> => {
      try {
        const c = await connect(r);
        const round = await syncOnce(ctx, c);
        writeState({ lastSyncAt: ctx.now().toISOString(), lastRound: round, lastError: null });
        return { ok: true, round, error: null };
      } catch (e) {
        const d = describeTeamError(e, whereOf(r));
        if (d.connection) {
          connection = d.connection;
          dropClient();
        } else if (!client) connection = 'offline';
        writeState({ lastError: d.message });
        return { ok: false, round: null, error: d.message };
      }
    }).finally(() => {
      running = null;
      afterRound();
    });
    return running;
  }

  function status(): TeamStatus {
    const r = replica();
    if (!r) {
      const p = readTeamPointer(o.pointerFile);
      const teamFile =
        p && existsSync(p.team.databasePath) && p.team.databasePath !== ctx.databasePath
          ? { host: p.team.host, database: p.team.database, personName: p.team.personName }
          : null;
      return { joined: false, teamFile };
    }
    const st = readState();
    return {
      joined: true,
      host: r.host,
      port: r.port,
      database: r.database,
      personName: r.personName,
      role: r.role,
      roleName: r.roleName,
      connection,
      tls,
      serverVersion,
      lastSyncAt: st.lastSyncAt,
      lastRound: st.lastRound,
      lastError: st.lastError,
      syncing: running !== null,
      queue: queueState(ctx.sqlite),
      recordRefusals: listRecordRefusals(ctx.sqlite).map((r) => ({ ...r, label: refusalLabel(ctx.sqlite, r) })),
      needsPassword: !o.secrets.get(teamSecretKey(r)),
    };
  }

  function needRuntime(): RuntimeControl {
    if (!o.runtime) throw new AppError('INVALID_STATE', 'Switching files needs the running app; use `npm run cli -- team join`.');
    return o.runtime;
  }

  async function join(input: TeamJoinInput): Promise<TeamJoinResult> {
    const rt = needRuntime();
    if (replica())
      throw teamError('CONFLICT', 'errors.alreadyJoined', {}, 'this file is joined to a team already: leave it first');
    const url = joinUrl(input);
    let target;
    try {
      target = parseTeamUrl(url);
    } catch (e) {
      throw teamError('VALIDATION', 'errors.badUrl', {}, (e as Error).message);
    }
    const where = { host: target.host, port: target.port, user: target.user, database: target.database };
    const place = teamFilePlace(rt.dataDir, target.database, target.user);
    const before = readTeamPointer(o.pointerFile);
    if (existsSync(place.databasePath))
      throw before?.team.databasePath === place.databasePath
        ? teamError('CONFLICT', 'errors.joinedBefore', {}, 'this team was joined before: open the team file again')
        : teamError('CONFLICT', 'errors.fileExists', { path: place.databasePath }, `${place.databasePath} exists already`);
    let made;
    try {
      // the business profile comes along, so the app opens in the person's language, not on the first-run screen
      const seed = ctx.sqlite
        .prepare<[], { key: string; value: string }>("SELECT key, value FROM settings WHERE key = 'profile'")
        .all();
      made = await createTeamFile({ url, databasePath: place.databasePath, secrets: o.secrets, now: ctx.now(), seed });
    } catch (e) {
      throw asTeamError(e, where);
    }
    const own = { databasePath: rt.databasePath, dataDir: rt.dataDir };
    const team = { ...place, host: made.setting.host, database: made.setting.database, personName: made.setting.personName };
    writeTeamPointer(o.pointerFile, { own, team, active: 'team' });
    try {
      await rt.switchFile(place, { sync: true });
    } catch (e) {
      for (const s of ['', '-wal', '-shm']) rmSync(place.databasePath + s, { force: true });
      rmSync(place.dataDir, { recursive: true, force: true });
      if (before) writeTeamPointer(o.pointerFile, before);
      else rmSync(o.pointerFile, { force: true });
      throw e;
    }
    return { database: made.setting.database, personName: made.setting.personName, role: made.setting.role, tls: made.tls };
  }

  async function leave(): Promise<{ left: true }> {
    const rt = needRuntime();
    if (!replica()) throw teamError('INVALID_STATE', 'errors.notJoined', {}, 'this file is not joined to a team');
    const p = readTeamPointer(o.pointerFile);
    if (!p) throw teamError('NOT_FOUND', 'errors.noOwnFile', {}, 'the owner’s own file is not known');
    writeTeamPointer(o.pointerFile, {
      ...p,
      team: { ...p.team, databasePath: rt.databasePath, dataDir: rt.dataDir },
      active: 'own',
    });
    try {
      await rt.switchFile(p.own);
    } catch (e) {
      writeTeamPointer(o.pointerFile, p);
      throw e;
    }
    return { left: true };
  }

  async function reopenTeamFile(): Promise<{ reopened: true }> {
    const rt = needRuntime();
    if (replica()) throw teamError('CONFLICT', 'errors.alreadyJoined', {}, 'the team file is open');
    const p = readTeamPointer(o.pointerFile);
    if (!p || !existsSync(p.team.databasePath)) throw teamError('NOT_FOUND', 'errors.noTeamFile', {}, 'no team file to open');
    const next = { ...p, own: { databasePath: rt.databasePath, dataDir: rt.dataDir }, active: 'team' as const };
    writeTeamPointer(o.pointerFile, next);
    try {
      await rt.switchFile({ databasePath: p.team.databasePath, dataDir: p.team.dataDir }, { sync: true });
    } catch (e) {
      writeTeamPointer(o.pointerFile, p);
      throw e;
    }
    return { reopened: true };
  }

  async function setPassword(password: string): Promise<{ connected: boolean }> {
    const r = replica();
    if (!r) throw teamError('INVALID_STATE', 'errors.notJoined', {}, 'this file is not joined to a team');
    o.secrets.set(teamSecretKey(r), password);
    dropClient();
    const result = await syncNow();
    if (connection === 'refused' && result.error?.key === 'errors.wrongPassword') o.secrets.delete(teamSecretKey(r));
    return { connected: connection === 'online' };
  }

  const listConflicts = (): TeamConflict[] => openConflicts(ctx.sqlite);

  async function resolveConflict(id: number, keep: 'mine' | 'theirs'): Promise<{ resolved: true }> {
    const r = replica();
    if (!r) throw teamError('INVALID_STATE', 'errors.notJoined', {}, 'this file is not joined to a team');
    const open = ctx.sqlite.prepare('SELECT 1 FROM team_conflicts WHERE id = ? AND resolved_at IS NULL').get(id);
    if (!open) throw teamError('NOT_FOUND', 'errors.noConflict', {}, `no open conflict ${id}`);
    try {
      await exclusive(async () => resolveOnServer(ctx, await connect(r), id, keep));
    } catch (e) {
      const err = asTeamError(e, whereOf(r));
      const d = describeTeamError(err, whereOf(r));
      if (d.connection) {
        connection = d.connection;
        dropClient();
      }
      throw err;
    }
    return { resolved: true };
  }

  /** Connects if not connected (the CLI's status); the reason when it cannot. */
  async function probe(): Promise<TeamMessage | null> {
    const r = replica();
    if (!r) return null;
    try {
      await connect(r);
      return null;
    } catch (e) {
      const d = describeTeamError(e, whereOf(r));
      connection = d.connection ?? 'offline';
      return d.message;
    }
  }

  return {
    status,
    probe,
    syncNow,
    join,
    leave,
    reopenTeamFile,
    setPassword,
    listConflicts,
    resolveConflict,
    /** starts the loop on a replica (the app); the first round right away */
    start(): void {
      if (!looping || stopped || !replica()) return;
      scheduleNext(0);
    },
    /** a journal entry was written: push it soon (debounced) */
    nudge(): void {
      if (!looping || stopped || !replica()) return;
      if (debounce) clearTimeout(debounce);
      if (timer) {
        clearTimeout(timer);
        timer = null;
        nextInMs = null;
      }
      debounce = setTimeout(() => {
        debounce = null;
        if (running) again = true;
        else void syncNow();
      }, debounceMs);
      debounce.unref?.();
    },
    /** before the file is closed on purpose (a switch, a restore): no new round, and the one running finishes */
    async quiesce(): Promise<void> {
      if (timer) clearTimeout(timer);
      if (debounce) clearTimeout(debounce);
      timer = debounce = null;
      looping = false;
      await running?.catch(() => {});
    },
    /** closes the connection and stops the timers (the file is being closed) */
    stop(): void {
      stopped = true;
      if (timer) clearTimeout(timer);
      if (debounce) clearTimeout(debounce);
      timer = debounce = null;
      nextInMs = null;
      dropClient();
    },
    /** the loop's next round (in ms from when it was planned) and how many rounds ran: for tests */
    loopState: () => ({ nextInMs, rounds }),
    isReplica: () => replica() !== null,
  };
}
export type TeamService = ReturnType<typeof createTeamService>;

/** A refused record as the person knows it: the client's name, the invoice's number, the setting's key. */
function refusalLabel(sqlite: Sqlite, r: TeamRecordRefusal): string {
  const one = (sql: string) =>
    r.entityId === null ? undefined : sqlite.prepare<[number], { l: string }>(sql).get(r.entityId)?.l;
  const found =
    r.entity === 'client'
      ? one('SELECT name AS l FROM clients WHERE id = ?')
      : r.entity === 'invoice'
        ? one('SELECT number AS l FROM invoices WHERE id = ?')
        : r.entity === 'payment'
          ? one(
              "SELECT i.number || ' · ' || p.paid_on AS l FROM payments p JOIN invoices i ON i.id = p.invoice_id WHERE p.id = ?",
            )
          : r.entity === 'case'
            ? one(
                "SELECT c.name || ' · ' || o.path AS l FROM offboarding_cases o JOIN clients c ON c.id = o.client_id WHERE o.id = ?",
              )
            : undefined;
  return found ?? r.entityKey ?? '';
}
