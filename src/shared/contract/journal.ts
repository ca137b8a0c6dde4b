import { z } from 'zod';
import { method } from './define';
import { fileNameLine, id, isoDate, isoDateTime, line, requiredLine, text } from './text';
import { channels, journalKinds, severities, type Channel, type JournalKind, type Severity } from '../domain/journal-kinds';
import { redFlagSigns } from '../domain/red-flags';
import { achievementMark } from '../domain/offboarding/achievements';
import {
  complaintCategories,
  hasAudio,
  recordingConsents,
  type ComplaintCategory,
  type RecordingConsent,
} from '../domain/journal-entry';
import type { JournalVerification } from '../domain/journal-chain';
import type { ChatDateOrder, ChatSpecial } from '../domain/whatsapp-chat';

export interface JournalAttachment {
  sha256: string;
  originalName: string;
  sizeBytes: number;
  mediaType: string;
}

/** One stored entry as the app shows it. Never changes once written. */
export interface JournalEntry {
  id: number;
  clientId: number;
  clientName: string;
  seq: number;
  kind: JournalKind;
  channel: Channel;
  occurredAt: string;
  /** set by the app when the entry was written, never by the user */
  recordedAt: string;
  /** written more than 24 h after it happened */
  isLate: boolean;
  durationMinutes: number | null;
  summary: string;
  details: string;
  quotes: string[];
  people: string[];
  witnesses: string[];
  severity: Severity;
  /** red-flag sign ids this entry evidences */
  signs: string[];
  /** for complaints: what it is about (for pattern analysis) */
  category: ComplaintCategory | null;
  /** with an audio recording attached: whether the other party knew it was recorded */
  recordingConsent: RecordingConsent | null;
  amendsId: number | null;
  refersToId: number | null;
  caseId: number | null;
  isSample: boolean;
  /** who wrote it ('' on entries written before authors were recorded, hash version 1) */
  author: string;
  /** in a team replica: the author's name (the author is their login role on the team's server) */
  authorName?: string;
  /** the canonical form its hash covers: 1 (no author) or 2 (with the author) */
  hashVersion: number;
  hash: string;
  attachments: JournalAttachment[];
  /**
   * A team replica's entry the server has not numbered yet (it waits in the outbox, id -(outbox
   * id), seq 0, no hash): shown "not yet in the team journal", never in dossiers or counts.
   */
  teamPending?: true;
}

/** A timeline row: an original entry with the amendments that correct it, oldest first. */
export interface JournalListItem extends JournalEntry {
  amendments: JournalEntry[];
}

export interface JournalCursor {
  occurredAt: string;
  id: number;
}

export interface JournalPage<T> {
  items: T[];
  /** pass back to get the next (older) page; null at the end */
  nextCursor: JournalCursor | null;
}

export interface JournalSearchHit {
  entry: JournalEntry;
  /** text with matches between \u0002 and \u0003 (see splitMarked) */
  snippet: string;
  /**
   * where the snippet comes from; 'summary' means it is the summary (all of it unless it is
   * longer than 32 words), so a result list shows it in the summary's place, not twice
   */
  field: 'summary' | 'details' | 'quotes';
}

export interface JournalEntryDetail {
  entry: JournalEntry;
  /** the entry this one corrects, when it is an amendment */
  original: JournalEntry | null;
  /** corrections of the original, oldest first */
  amendments: JournalEntry[];
  /** entries that refer to this one (follow-ups, resolutions) */
  responses: JournalEntry[];
  /** the entry this one refers to */
  refersTo: JournalEntry | null;
}

export type AttachmentRefusal = 'too_large' | 'symlink' | 'not_a_file' | 'changed_while_reading' | 'unreadable';

export interface AttachmentChoice {
  stored: JournalAttachment[];
  /** files that were not taken, with the reason (shown to the owner) */
  refused: { name: string; reason: AttachmentRefusal }[];
  maxBytes: number;
}

/** An e-mail read from an .eml file: one proposed entry, saved only when the owner confirms it. */
export interface EmailProposal {
  source: 'email';
  /** the original file, already stored under its fingerprint */
  attachment: JournalAttachment;
  /** the instant the Date header names (UTC); null when the header is missing or unreadable */
  occurredAt: string | null;
  /** From, To and Cc, as "Name <address>" */
  people: string[];
  /** the subject */
  summary: string;
  /** the body's non-empty lines, to pick as exact words */
  lines: string[];
  /** names of the files inside the e-mail (they stay in the attached original) */
  innerFiles: string[];
  /** the owner's time zone, in which the time is shown */
  timeZone: string;
}

export interface ChatProposalMessage {
  index: number;
  /** the phone's time placed in the owner's time zone (UTC) */
  occurredAt: string;
  /** the phone's wall-clock time as written in the export */
  local: string;
  sender: string | null;
  text: string;
  special: ChatSpecial | null;
}

/** A WhatsApp export: the owner picks messages; each becomes a proposed entry. */
export interface ChatProposal {
  source: 'whatsapp';
  attachment: JournalAttachment;
  timeZone: string;
  dateOrder: ChatDateOrder;
  /** the file does not tell day and month apart: the owner confirms the reading */
  dateOrderGuessed: boolean;
  messages: ChatProposalMessage[];
}

export type EvidenceProposal = EmailProposal | ChatProposal;
export type EvidenceRefusal = AttachmentRefusal | 'not_evidence' | 'no_messages';
export type EvidenceAnswer =
  | { status: 'proposed'; proposal: EvidenceProposal }
  | { status: 'refused'; name: string; reason: EvidenceRefusal; maxBytes: number };

/** A dropped file travels as base64 (it survives every transport); at most this many bytes. */
export const DROPPED_EVIDENCE_MAX_BYTES = 20 * 1024 * 1024;

export interface VerificationJob {
  jobId: number;
  state: 'running' | 'done' | 'failed';
  entriesChecked: number;
  entriesTotal: number;
  result: JournalVerification | null;
  error: string | null;
}

const many = <T extends z.ZodType>(item: T, max: number) =>
  z.array(item, { message: 'validation.invalid' }).max(max, { message: 'validation.tooMany' });

const minutes = z
  .number({ message: 'validation.number' })
  .int({ message: 'validation.wholeNumber' })
  .min(0, { message: 'validation.minutesRange' })
  .max(24 * 60, { message: 'validation.minutesRange' });

/** The attachment the renderer refers to: a fingerprint already in the store (chooseAttachments). */
const attachmentRef = z.strictObject({
  sha256: z.string().regex(/^[0-9a-f]{64}$/, { message: 'validation.invalid' }),
  originalName: fileNameLine(255),
  /** accepted so a stored attachment can be passed back as it came; main re-reads both */
  sizeBytes: z.number().int().nonnegative().optional(),
  mediaType: line(200).optional(),
});

/** What a person writes for an entry (also an amendment's corrected content). */
export const entryContentFields = {
  kind: z.enum(journalKinds, { message: 'validation.choice' }),
  channel: z.enum(channels, { message: 'validation.choice' }),
  /** when it happened; defaults to now */
  occurredAt: isoDateTime.nullable().default(null),
  durationMinutes: minutes.nullable().default(null),
  summary: requiredLine(1000),
  details: text(20_000).default(''),
  quotes: many(text(10_000), 50).default([]),
  people: many(requiredLine(200), 50).default([]),
  witnesses: many(requiredLine(200), 50).default([]),
  severity: z.enum(severities, { message: 'validation.choice' }).default('low'),
  /** red-flag signs, and the owner's mark of an achievement (offboarding/achievements.ts) */
  signs: many(z.enum([...redFlagSigns, achievementMark], { message: 'validation.choice' }), 11).default([]),
  category: z.enum(complaintCategories, { message: 'validation.choice' }).nullable().default(null),
  attachments: many(attachmentRef, 50).default([]),
  /** asked when an audio recording is attached: did the other party know it was recorded? */
  recordingConsent: z.enum(recordingConsents, { message: 'validation.choice' }).nullable().default(null),
};

/** An audio recording is never kept without the answer to whether the other party knew of it. */
function askRecordingConsent(
  e: { attachments: { originalName: string }[]; recordingConsent: RecordingConsent | null },
  ctx: z.RefinementCtx,
) {
  if (e.recordingConsent === null && hasAudio(e.attachments))
    ctx.addIssue({ code: 'custom', path: ['recordingConsent'], message: 'validation.recordingConsent' });
}

/**
 * An id as the app knows it: a stored row's (positive), or, in a team replica, one the server has
 * not numbered yet (negative, see src/main/team/sync/replica.ts): a queued entry, -(outbox id),
 * which a correction or a follow-up may name, or a client created offline.
 */
export const replicaId = z
  .number({ message: 'validation.id' })
  .int()
  .min(-Number.MAX_SAFE_INTEGER)
  .max(Number.MAX_SAFE_INTEGER)
  .refine((n) => n !== 0, { message: 'validation.id' });

export const newEntrySchema = z
  .strictObject({
    clientId: replicaId,
    ...entryContentFields,
    /** a resolution or follow-up: the complaint (or entry) it answers */
    refersToId: replicaId.nullable().default(null),
  })
  .superRefine(askRecordingConsent);
export type NewEntryInput = z.input<typeof newEntrySchema>;
export type NewEntry = z.output<typeof newEntrySchema>;

export const amendEntrySchema = z.strictObject({ amendsId: replicaId, ...entryContentFields }).superRefine(askRecordingConsent);
export type AmendEntryInput = z.input<typeof amendEntrySchema>;
export type AmendEntry = z.output<typeof amendEntrySchema>;

export const journalFilterSchema = z.strictObject({
  clientId: replicaId.nullable().default(null),
  kinds: many(z.enum(journalKinds), journalKinds.length).default([]),
  channels: many(z.enum(channels), channels.length).default([]),
  severities: many(z.enum(severities), severities.length).default([]),
  from: isoDate.nullable().default(null),
  to: isoDate.nullable().default(null),
  lateOnly: z.boolean().default(false),
});
export type JournalFilter = z.output<typeof journalFilterSchema>;

const cursor = z.strictObject({ occurredAt: isoDateTime, id: replicaId }).nullable().default(null);
const limit = z.number().int().min(1).max(500).default(100);

export const journalListQuery = z.strictObject({
  filter: journalFilterSchema.default(journalFilterSchema.parse({})),
  cursor,
  limit,
});
export const journalSearchQuery = z.strictObject({
  query: line(500),
  filter: journalFilterSchema.default(journalFilterSchema.parse({})),
  cursor,
  limit,
});

export const journalContract = {
  addJournalEntry: method<JournalEntry>()(newEntrySchema),
  amendJournalEntry: method<JournalEntry>()(amendEntrySchema),
  getJournalEntry: method<JournalEntryDetail>()(z.strictObject({ id: replicaId })),
  listJournal: method<JournalPage<JournalListItem>>()(journalListQuery),
  searchJournal: method<JournalPage<JournalSearchHit>>()(journalSearchQuery),
  /** opens the OS file dialog in main; copies the chosen files into the store */
  chooseAttachments: method<AttachmentChoice>()(z.undefined()),
  /** opens a stored attachment with the OS viewer; main resolves the file from the fingerprint */
  openAttachment: method<{ opened: boolean }>()(z.strictObject({ sha256: attachmentRef.shape.sha256 })),
  /** several entries in one transaction, all or none (the picked messages of a chat) */
  addJournalEntries: method<JournalEntry[]>()(
    z.strictObject({ entries: many(newEntrySchema, 200).min(1, { message: 'validation.required' }) }),
  ),
  /** opens the OS file dialog in main for an .eml or a WhatsApp .txt; stores it and proposes entries; null when cancelled */
  proposeEvidence: method<EvidenceAnswer | null>()(z.undefined()),
  /** the same for a file dropped on the journal: its bytes, never a path */
  proposeDroppedEvidence: method<EvidenceAnswer>()(
    z.strictObject({
      name: requiredLine(255),
      base64: z
        .string({ message: 'validation.invalid' })
        .max(Math.ceil(DROPPED_EVIDENCE_MAX_BYTES / 3) * 4, { message: 'validation.tooLong' })
        .regex(/^[A-Za-z0-9+/]*={0,2}$/, { message: 'validation.invalid' }),
    }),
  ),
  /** reads a chat already proposed again with the day/month order the owner chose */
  rereadChatEvidence: method<EvidenceAnswer>()(
    z.strictObject({ attachment: attachmentRef, dateOrder: z.enum(['dmy', 'mdy', 'ymd'], { message: 'validation.choice' }) }),
  ),
  startJournalVerification: method<VerificationJob>()(z.strictObject({ clientId: id.nullable().default(null) })),
  getJournalVerification: method<VerificationJob>()(z.strictObject({ jobId: id })),
};
