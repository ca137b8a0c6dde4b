import { z } from 'zod';
import { method } from './define';

/** The state of the connection to the team server. */
export type TeamConnection = 'online' | 'offline' | 'refused' | 'connecting';

/** A sentence for the person, as a catalogue key under `team.` and its values (never raw English). */
export interface TeamMessage {
  key: string;
  params?: Record<string, string | number>;
}

export interface TeamQueue {
  /** entries written here that the server has not numbered yet */
  pending: number;
  oldestQueuedAt: string | null;
  /** the server's refusal of the first queued entry (the queue waits behind it) */
  lastError: string | null;
  /** open conflicts */
  conflicts: number;
}

export interface TeamRound {
  recordsPushed: number;
  entriesPushed: number;
  recordsPulled: number;
  entriesPulled: number;
  conflicts: number;
}

/** A team file this app joined before, while the owner's own file is open. */
export interface TeamFileInfo {
  host: string;
  database: string;
  personName: string;
}

export type TeamStatus =
  | { joined: false; teamFile: TeamFileInfo | null }
  | {
      joined: true;
      host: string;
      port: number;
      database: string;
      personName: string;
      role: 'owner' | 'staff' | 'accountant';
      roleName: string;
      connection: TeamConnection;
      /** null until the first connection */
      tls: boolean | null;
      serverVersion: string | null;
      lastSyncAt: string | null;
      lastRound: TeamRound | null;
      lastError: TeamMessage | null;
      syncing: boolean;
      queue: TeamQueue;
      /** changes to records the server refused: kept on this computer until a push goes through */
      recordRefusals: TeamRecordRefusal[];
      /** the password is not stored on this computer (no safe storage): it is asked for at each start */
      needsPassword: boolean;
    };

export interface TeamSyncResult {
  ok: boolean;
  round: TeamRound | null;
  error: TeamMessage | null;
}

export interface TeamJoinResult {
  database: string;
  personName: string;
  role: 'owner' | 'staff' | 'accountant';
  /** false: the connection is not encrypted (the server offers no TLS) */
  tls: boolean;
}

// The Conflicts view's rows are the record sync's own list (main/team/sync/record-conflicts.ts).
export type { TeamConflict, TeamConflictField } from '../domain/team-records';
import type { TeamConflict, TeamRecordRefusal } from '../domain/team-records';

const text = (max: number) => z.string().trim().min(1).max(max);

export const teamJoinInput = z.union([
  z.strictObject({ url: text(2000) }),
  z.strictObject({
    host: text(255),
    port: z.number().int().min(1).max(65535).default(5432),
    database: text(63),
    login: text(63),
    password: z.string().min(1).max(500),
  }),
]);
export type TeamJoinInput = z.output<typeof teamJoinInput>;

export const teamContract = {
  getTeamStatus: method<TeamStatus>()(z.undefined()),
  /** one round of sync (one already running is joined, never started twice) */
  syncTeamNow: method<TeamSyncResult>()(z.undefined()),
  /** connects, checks, makes a new file for the team beside the owner's own and switches to it */
  joinTeam: method<TeamJoinResult>()(teamJoinInput),
  /** back to the owner's own file (the team file stays, with anything still queued) */
  leaveTeam: method<{ left: true }>()(z.undefined()),
  /** switches to the team file joined before */
  reopenTeamFile: method<{ reopened: true }>()(z.undefined()),
  /** the password, when it is not stored on this computer */
  setTeamPassword: method<{ connected: boolean }>()(z.strictObject({ password: z.string().min(1).max(500) })),
  listTeamConflicts: method<TeamConflict[]>()(z.undefined()),
  resolveTeamConflict: method<{ resolved: true }>()(
    z.strictObject({ id: z.number().int().positive(), keep: z.enum(['mine', 'theirs']) }),
  ),
};
