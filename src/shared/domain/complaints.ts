// Complaint handling derived from entries (DESIGN.md §4): a complaint is open until a
// resolution entry refers to it. Status is computed here, never stored.
import { severities, type Severity } from './journal-kinds';

export interface ComplaintSource {
  id: number;
  clientId: number;
  occurredAt: string;
  severity: string;
}

export interface ComplaintResponse {
  id: number;
  refersToId: number;
  kind: string;
  occurredAt: string;
}

/** Days after a resolution when the owner should check back ("What else can I do for you?"). */
export const FOLLOW_UP_AFTER_DAYS = 3;
/**
 * A complaint still open this many days after the client last heard from us gets a status update
 * (DOMAIN.md §5: be transparent while fixing; don't let complaints linger).
 */
export const STATUS_UPDATE_EVERY_DAYS = 3;
const DAY = 86_400_000;

export interface ComplaintState {
  id: number;
  status: 'open' | 'resolved';
  /** whole days since the complaint happened (open) or until it was resolved */
  ageDays: number;
  /** minutes from the complaint to the first entry that answered it; null while unanswered */
  responseMinutes: number | null;
  resolutionId: number | null;
  resolvedAt: string | null;
  followUpIds: number[];
  /** resolved, and no follow-up after the resolution once FOLLOW_UP_AFTER_DAYS have passed */
  isFollowUpDue: boolean;
  followUpDueAt: string | null;
  /** when the client last heard from us about it (the latest answer), or the complaint itself */
  lastContactAt: string;
  /** open, and STATUS_UPDATE_EVERY_DAYS since the last contact: time to send a status update */
  isUpdateDue: boolean;
  /** when the next status update is due while it is open; null once resolved */
  updateDueAt: string | null;
}

export function severityRank(s: string): number {
  const i = severities.indexOf(s as Severity);
  return i < 0 ? 0 : i;
}

export function deriveComplaint(c: ComplaintSource, responses: readonly ComplaintResponse[], now: Date): ComplaintState {
  const mine = responses.filter((r) => r.refersToId === c.id).sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
  const resolution = mine.find((r) => r.kind === 'resolution') ?? null;
  const followUps = mine.filter((r) => r.kind !== 'resolution');
  const start = Date.parse(c.occurredAt);
  const firstAnswer = mine[0];
  const end = resolution ? Date.parse(resolution.occurredAt) : now.getTime();
  let isFollowUpDue = false;
  let followUpDueAt: string | null = null;
  if (resolution) {
    const due = Date.parse(resolution.occurredAt) + FOLLOW_UP_AFTER_DAYS * DAY;
    const followedUp = followUps.some((f) => f.occurredAt >= resolution.occurredAt);
    if (!followedUp) {
      followUpDueAt = new Date(due).toISOString();
      isFollowUpDue = now.getTime() >= due;
    }
  }
  const lastContactAt = mine.at(-1)?.occurredAt ?? c.occurredAt;
  const updateDue = resolution ? null : Date.parse(lastContactAt) + STATUS_UPDATE_EVERY_DAYS * DAY;
  return {
    id: c.id,
    status: resolution ? 'resolved' : 'open',
    ageDays: Math.max(0, Math.floor((end - start) / DAY)),
    responseMinutes: firstAnswer ? Math.max(0, Math.round((Date.parse(firstAnswer.occurredAt) - start) / 60_000)) : null,
    resolutionId: resolution?.id ?? null,
    resolvedAt: resolution?.occurredAt ?? null,
    followUpIds: followUps.map((f) => f.id),
    isFollowUpDue,
    followUpDueAt,
    lastContactAt,
    isUpdateDue: updateDue !== null && now.getTime() >= updateDue,
    updateDueAt: updateDue === null ? null : new Date(updateDue).toISOString(),
  };
}

/** The priority queue: most severe first, then the oldest (DOMAIN.md §5: don't let complaints linger). */
export function byPriority<T extends { severity: string; occurredAt: string; id: number }>(a: T, b: T): number {
  return severityRank(b.severity) - severityRank(a.severity) || a.occurredAt.localeCompare(b.occurredAt) || a.id - b.id;
}
