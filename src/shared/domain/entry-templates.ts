// What the entry form asks for, per kind: an abuse incident asks for the exact words and the
// witnesses (DOMAIN.md §6: specific — who, what, where, channel, exact words, witnesses).
import type { Channel, JournalKind, Severity } from './journal-kinds';
import type { RedFlagSign } from './red-flags';

export interface EntryTemplate {
  channel: Channel;
  severity: Severity;
  /** red-flag signs the entry evidences by default (the owner can change them) */
  signs: RedFlagSign[];
  /** fields shown first and marked as expected */
  asks: ('quotes' | 'witnesses' | 'people' | 'duration' | 'category' | 'refersTo' | 'attachments')[];
}

const base: EntryTemplate = { channel: 'phone', severity: 'low', signs: [], asks: [] };

export const entryTemplates: Record<JournalKind, EntryTemplate> = {
  call: { ...base, asks: ['duration', 'people'] },
  email: { ...base, channel: 'email', asks: ['attachments'] },
  meeting: { ...base, channel: 'in_person', asks: ['duration', 'people'] },
  missed_meeting: { ...base, channel: 'in_person', signs: ['unresponsive'], asks: ['people'] },
  no_response: { ...base, channel: 'email', signs: ['unresponsive'], asks: [] },
  complaint: { ...base, channel: 'email', severity: 'medium', signs: [], asks: ['category', 'quotes', 'attachments'] },
  public_complaint: {
    ...base,
    channel: 'social_media',
    severity: 'high',
    signs: ['public_complainer'],
    asks: ['category', 'quotes', 'attachments'],
  },
  incident_abuse: {
    ...base,
    severity: 'high',
    signs: ['abusive'],
    asks: ['quotes', 'witnesses', 'people', 'attachments'],
  },
  incident_threat: {
    ...base,
    severity: 'critical',
    signs: ['abusive'],
    asks: ['quotes', 'witnesses', 'people', 'attachments'],
  },
  incident_dishonesty: { ...base, severity: 'medium', signs: ['dishonest'], asks: ['quotes', 'witnesses', 'attachments'] },
  price_pushback: { ...base, signs: ['haggles'], asks: ['quotes'] },
  scope_change: { ...base, channel: 'email', signs: ['moving_goalposts'], asks: ['quotes', 'attachments'] },
  revision_request: { ...base, channel: 'email', signs: ['unreasonable_demands'], asks: ['duration', 'attachments'] },
  advice_ignored: { ...base, signs: ['ignores_advice'], asks: ['quotes'] },
  payment_reminder: { ...base, channel: 'email', signs: ['pays_late'], asks: ['attachments'] },
  stop_work_notice: { ...base, channel: 'email', severity: 'medium', signs: ['pays_late'], asks: ['attachments'] },
  follow_up: { ...base, asks: ['refersTo'] },
  resolution: { ...base, channel: 'email', asks: ['refersTo'] },
  note: { ...base, channel: 'other', asks: [] },
};
