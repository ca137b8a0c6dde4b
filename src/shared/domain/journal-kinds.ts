// The one list of journal entry kinds. The journal records them; the value calculator
// costs them (standard minutes) and reads red-flag evidence from them.
export const journalKinds = [
  'call',
  'email',
  'meeting',
  'missed_meeting',
  'no_response',
  'complaint',
  'public_complaint',
  'incident_abuse',
  'incident_threat',
  'incident_dishonesty',
  'price_pushback',
  'scope_change',
  'revision_request',
  'advice_ignored',
  'payment_reminder',
  'stop_work_notice',
  'follow_up',
  'resolution',
  'note',
] as const;
export type JournalKind = (typeof journalKinds)[number];

export const channels = ['phone', 'email', 'chat', 'social_media', 'in_person', 'letter', 'other'] as const;
export type Channel = (typeof channels)[number];

export const severities = ['low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof severities)[number];

/** Default standard minutes per kind (time-driven activity-based costing); editable in Settings. */
export const defaultStandardMinutes: Record<JournalKind, number> = {
  call: 15,
  email: 5,
  meeting: 60,
  missed_meeting: 30,
  no_response: 5,
  complaint: 30,
  public_complaint: 45,
  incident_abuse: 30,
  incident_threat: 30,
  incident_dishonesty: 20,
  price_pushback: 20,
  scope_change: 45,
  revision_request: 90,
  advice_ignored: 10,
  payment_reminder: 10,
  stop_work_notice: 15,
  follow_up: 10,
  resolution: 20,
  note: 0,
};
