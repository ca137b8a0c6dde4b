// Which automatic backups to keep: every one from the last day (up to a handful), then the
// newest of each day for a week, then the newest of each week for a month. Older ones go.
// Pure, so the rule is tested without files.

export interface RotatableBackup {
  name: string;
  /** ISO-8601 UTC */
  createdAt: string;
  /** a backup that failed verification never counts as a day's or week's keeper */
  verified: boolean;
}

export const rotationPolicy = { recentHours: 24, recentMax: 8, dailyDays: 7, weeklyDays: 35 } as const;

const dayMs = 86_400_000;

/** Monday-based week number since the epoch (1970-01-01 was a Thursday). */
function weekIndex(t: number): number {
  return Math.floor((t / dayMs + 3) / 7);
}

export function backupsToKeep(backups: readonly RotatableBackup[], now: Date): Set<string> {
  const nowMs = now.getTime();
  const sorted = [...backups]
    .map((b) => ({ ...b, t: Date.parse(b.createdAt) }))
    .filter((b) => !Number.isNaN(b.t))
    .sort((a, b) => b.t - a.t);
  const keep = new Set<string>();
  // A backup with an unreadable date is never deleted by rotation: the owner decides.
  for (const b of backups) if (Number.isNaN(Date.parse(b.createdAt))) keep.add(b.name);

  let recent = 0;
  const days = new Set<number>();
  const weeks = new Set<number>();
  for (const b of sorted) {
    const age = nowMs - b.t;
    if (age < rotationPolicy.recentHours * 3_600_000) {
      if (recent < rotationPolicy.recentMax) {
        keep.add(b.name);
        recent++;
      }
      continue;
    }
    if (!b.verified) continue;
    const day = Math.floor(b.t / dayMs);
    const week = weekIndex(b.t);
    if (age < rotationPolicy.dailyDays * dayMs) {
      if (!days.has(day)) {
        days.add(day);
        keep.add(b.name);
      }
    } else if (age < rotationPolicy.weeklyDays * dayMs) {
      if (!weeks.has(week)) {
        weeks.add(week);
        keep.add(b.name);
      }
    }
  }
  // Never rotate away the newest verified backup, however old: it may be the only way back.
  const newestVerified = sorted.find((b) => b.verified);
  if (newestVerified) keep.add(newestVerified.name);
  return keep;
}
