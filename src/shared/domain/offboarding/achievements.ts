// What the final report may offer as "What we achieved together" (issue 14 defect 6). Only kinds
// that record something done for the client: a resolution, and deliveries and milestones (kinds
// the journal may add; listed here so they are offered the day they exist). Never the client's
// abuse, threats, dishonesty, complaints, reminders or the owner's internal notes: whatever the
// owner ticks prints under that heading in a document the client reads. The owner's own words
// (the "achievements" text field) are always there besides.
export const achievementKinds: readonly string[] = ['resolution', 'delivery', 'milestone'];

export function canBeAchievement(kind: string): boolean {
  return achievementKinds.includes(kind);
}
