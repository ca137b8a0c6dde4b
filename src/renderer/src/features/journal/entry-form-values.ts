// The entry form's values and their mapping to the contract's input (and back, for corrections).
import type { JournalAttachment, JournalEntry, NewEntryInput } from '@shared/contract/journal';
import { entryTemplates } from '@shared/domain/entry-templates';
import { hasAudio, isComplaintKind, type ComplaintCategory, type RecordingConsent } from '@shared/domain/journal-entry';
import type { Channel, JournalKind, Severity } from '@shared/domain/journal-kinds';
import type { RedFlagSign } from '@shared/domain/red-flags';
import type { achievementMark } from '@shared/domain/offboarding/achievements';

export interface Values {
  clientId: string | null;
  kind: JournalKind;
  channel: Channel;
  occurredAt: string;
  duration: number | string;
  summary: string;
  details: string;
  quotes: string[];
  people: string[];
  witnesses: string[];
  severity: Severity;
  /** red-flag signs and the achievement mark */
  signs: (RedFlagSign | typeof achievementMark)[];
  category: ComplaintCategory | null;
  refersToId: string | null;
  attachments: JournalAttachment[];
  /** asked once an audio recording is attached */
  recordingConsent: RecordingConsent | null;
}

/** `datetime-local` works in local time; the API in UTC ISO. */
function toLocalInput(iso: string): string {
  const d = new Date(iso);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

export type EntryFormMode =
  | { type: 'new'; clientId?: number | null; kind?: JournalKind; refersToId?: number | null }
  | { type: 'amend'; original: JournalEntry };

export function initialValues(mode: EntryFormMode): Values {
  if (mode.type === 'amend') {
    const o = mode.original;
    return {
      clientId: String(o.clientId),
      kind: o.kind,
      channel: o.channel,
      occurredAt: toLocalInput(o.occurredAt),
      duration: o.durationMinutes ?? '',
      summary: o.summary,
      details: o.details,
      quotes: o.quotes,
      people: o.people,
      witnesses: o.witnesses,
      severity: o.severity,
      signs: o.signs as Values['signs'],
      category: o.category,
      refersToId: null,
      attachments: o.attachments,
      recordingConsent: o.recordingConsent,
    };
  }
  const kind = mode.kind ?? 'call';
  const tpl = entryTemplates[kind];
  return {
    clientId: mode.clientId ? String(mode.clientId) : null,
    kind,
    channel: tpl.channel,
    occurredAt: toLocalInput(new Date().toISOString()),
    duration: '',
    summary: '',
    details: '',
    quotes: tpl.asks.includes('quotes') ? [''] : [],
    people: [],
    witnesses: [],
    severity: tpl.severity,
    signs: [...tpl.signs],
    category: null,
    refersToId: mode.refersToId ? String(mode.refersToId) : null,
    attachments: [],
    recordingConsent: null,
  };
}

export function toInput(v: Values): NewEntryInput {
  const num = (x: number | string) => (typeof x === 'number' ? x : x.trim() === '' ? null : Number(x));
  const when = v.occurredAt ? new Date(v.occurredAt) : null;
  return {
    clientId: v.clientId ? Number(v.clientId) : 0,
    kind: v.kind,
    channel: v.channel,
    occurredAt: when && !Number.isNaN(when.getTime()) ? when.toISOString() : null,
    durationMinutes: num(v.duration),
    summary: v.summary,
    details: v.details,
    quotes: v.quotes.filter((q) => q.trim() !== ''),
    people: v.people,
    witnesses: v.witnesses,
    severity: v.severity,
    signs: v.signs,
    category: isComplaintKind(v.kind) ? v.category : null,
    refersToId: (v.kind === 'resolution' || v.kind === 'follow_up') && v.refersToId ? Number(v.refersToId) : null,
    attachments: v.attachments.map((a) => ({ sha256: a.sha256, originalName: a.originalName })),
    recordingConsent: hasAudio(v.attachments) ? v.recordingConsent : null,
  };
}

export function toAmendInput(v: Values, amendsId: number) {
  const { clientId: _c, refersToId: _r, ...rest } = toInput(v);
  return { ...rest, amendsId };
}
