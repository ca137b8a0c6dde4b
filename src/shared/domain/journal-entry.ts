// Pure rules about single journal entries: lateness, complaint topics, effective content.
import type { JournalKind } from './journal-kinds';

/** An entry written more than this long after the event is marked "late entry" (DOMAIN.md §6). */
export const LATE_AFTER_MS = 24 * 60 * 60 * 1000;

const utcIso = /^\d{4}-\d{2}-\d{2}T[^Z]*Z$/;

export function isLateEntry(occurredAt: string, recordedAt: string): boolean {
  // Timelines ask this of every entry they show, and most entries are written the same day:
  // two UTC timestamps on the same calendar day are less than a day apart, without parsing.
  if (occurredAt.slice(0, 10) === recordedAt.slice(0, 10) && utcIso.test(occurredAt) && utcIso.test(recordedAt)) return false;
  return Date.parse(recordedAt) - Date.parse(occurredAt) > LATE_AFTER_MS;
}

/** Kinds that open a complaint; a `resolution` entry referring to one closes it. */
export const complaintKinds = ['complaint', 'public_complaint'] as const satisfies readonly JournalKind[];
export function isComplaintKind(kind: string): boolean {
  return (complaintKinds as readonly string[]).includes(kind);
}

/**
 * What a complaint is about, so the same complaint can be counted across clients (DOMAIN.md §5).
 * Stored inside the hashed `signs` array as `topic:<category>`, so it is covered by the chain.
 */
export const complaintCategories = ['quality', 'delay', 'price', 'billing', 'communication', 'staff', 'scope', 'other'] as const;
export type ComplaintCategory = (typeof complaintCategories)[number];

const TOPIC = 'topic:';
export function topicSign(c: ComplaintCategory): string {
  return `${TOPIC}${c}`;
}

/**
 * Whether the other party knew an attached audio recording was being made (issue 16 item 9):
 * told and agreed, told without saying they agreed, or not told. Kept with the entry inside the
 * hashed `signs` array as `consent:<answer>`, like the complaint topic, so it is covered by the
 * chain and a later change is detected.
 */
export const recordingConsents = ['agreed', 'told', 'not_told'] as const;
export type RecordingConsent = (typeof recordingConsents)[number];

const CONSENT = 'consent:';
export function consentSign(c: RecordingConsent): string {
  return `${CONSENT}${c}`;
}

/** Sound files: what a call or meeting recording is saved as (phones, recorders, messengers). */
const audioExtensions = new Set(['mp3', 'm4a', 'wav', 'ogg', 'oga', 'opus', 'aac', 'amr', 'flac', 'wma', 'weba', '3ga']);

/** An attachment that is an audio recording, told by its name (the type the app stores is a guess from it too). */
export function isAudioFile(name: string): boolean {
  const ext = /\.([A-Za-z0-9]{1,8})$/.exec(name)?.[1]?.toLowerCase();
  return ext !== undefined && audioExtensions.has(ext);
}

export function hasAudio(attachments: readonly { originalName: string }[]): boolean {
  return attachments.some((a) => isAudioFile(a.originalName));
}

/** Whether the other party knew of the entry's recording, as the stored signs hold it; null when not asked. */
export function recordingConsentOf(stored: readonly string[]): RecordingConsent | null {
  for (const s of stored) {
    const c = s.startsWith(CONSENT) ? s.slice(CONSENT.length) : null;
    if (c !== null && (recordingConsents as readonly string[]).includes(c)) return c as RecordingConsent;
  }
  return null;
}

/** Splits the stored signs into red-flag sign ids and the complaint category (the consent answer is left out: recordingConsentOf). */
export function splitSigns(stored: readonly string[]): { signs: string[]; category: ComplaintCategory | null } {
  let category: ComplaintCategory | null = null;
  const signs: string[] = [];
  for (const s of stored) {
    if (s.startsWith(TOPIC)) {
      const c = s.slice(TOPIC.length);
      if ((complaintCategories as readonly string[]).includes(c)) category = c as ComplaintCategory;
    } else if (!s.startsWith(CONSENT)) signs.push(s);
  }
  return { signs, category };
}

/**
 * A file name as metadata only: no folders, no control or bidi-override characters, no
 * leading dots, at most 200 characters. Never used to build a path.
 */
export function sanitiseFileName(name: string): string {
  const base = name.split(/[/\\]/).pop() ?? '';
  const clean = base
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .normalize('NFC')
    .replace(/[\u0000-\u001F\u007F\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g, '')
    .replace(/^[.\s]+/, '')
    .trim();
  const cut = Array.from(clean).slice(0, 200).join('');
  return cut === '' ? 'attachment' : cut;
}

const mediaTypes: Record<string, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  heic: 'image/heic',
  txt: 'text/plain',
  eml: 'message/rfc822',
  msg: 'application/vnd.ms-outlook',
  mp3: 'audio/mpeg',
  m4a: 'audio/mp4',
  wav: 'audio/wav',
  ogg: 'audio/ogg',
  mp4: 'video/mp4',
  mov: 'video/quicktime',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
  zip: 'application/zip',
};

/** A media type from the name's extension; the content is never executed, so a guess is enough. */
export function mediaTypeOf(name: string): string {
  const ext = /\.([A-Za-z0-9]{1,8})$/.exec(name)?.[1]?.toLowerCase();
  return (ext && mediaTypes[ext]) || 'application/octet-stream';
}
