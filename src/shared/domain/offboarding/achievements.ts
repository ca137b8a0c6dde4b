// What the final report may offer as "What we achieved together" (issue 14 defect 6). Whatever
// the owner ticks prints under that heading in a document the client reads, so only entries that
// record something done for the client are offered:
// - a resolution, and deliveries and milestones (kinds the journal may add; listed here so they
//   are offered the day they exist);
// - an ordinary contact (call, e-mail, meeting, follow-up) the owner marked as an achievement
//   (the mark `achievement` among the entry's signs, set in the journal form; a correction can
//   set or clear it).
// Never the client's abuse, threats, dishonesty, complaints, reminders or the owner's internal
// notes — marked or not. The owner's own words (the "achievements" text field) are always there.
export const achievementKinds: readonly string[] = ['resolution', 'delivery', 'milestone'];

/** The mark an owner puts on an entry (among its signs) to offer it as an achievement. */
export const achievementMark = 'achievement';

/** Kinds an owner may mark as an achievement. */
export const markableKinds: readonly string[] = ['call', 'email', 'meeting', 'follow_up'];

export function canBeAchievement(kind: string, signs: readonly string[] = []): boolean {
  return achievementKinds.includes(kind) || (markableKinds.includes(kind) && signs.includes(achievementMark));
}
