// E-mails (.eml) and WhatsApp chat exports (.txt) as evidence: the file is stored under its
// fingerprint first (the same store as every attachment), then read into proposed entries. Nothing
// is written to the journal here — the owner confirms each proposal and saves it
// (addJournalEntries), with the stored original attached.
import PostalMime from 'postal-mime';
import type {
  ChatProposal,
  EmailProposal,
  EvidenceAnswer,
  EvidenceProposal,
  JournalAttachment,
} from '../../shared/contract/journal';
import { hasControlChars, hasLoneSurrogate } from '../../shared/contract/text';
import { wallTimeToUtc } from '../../shared/domain/local-time';
import { mediaTypeOf, sanitiseFileName } from '../../shared/domain/journal-entry';
import { looksLikeWhatsAppChat, parseWhatsAppChat, type ChatDateOrder } from '../../shared/domain/whatsapp-chat';
import type { Language } from '../../shared/domain/format';
import { defaultLanguage } from '../../shared/i18n';
import { AppError } from '../../shared/errors';
import { ownerTimeZone, type ServiceContext } from '../core/context';
import type { Dialogs } from '../core/dialogs';
import { dialogText, fileFilter } from '../dialog-text';
import {
  readStoredAttachment,
  storeAttachment,
  storeAttachmentBytes,
  storedAttachmentFile,
  type StoreResult,
} from './attachments';

const MAX_LINES = 500;
const MAX_QUOTE = 10_000;

/** What the contract's text fields accept: no control characters (tabs and line ends stay), no lone surrogates. */
function clean(s: string, max: number, multiline: boolean): string {
  let out = s.replace(
    multiline ? /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g : /[\u0000-\u001F\u007F]/g,
    multiline ? '' : ' ',
  );
  if (hasLoneSurrogate(out)) out = out.replace(/[\uD800-\uDFFF]/g, '\uFFFD');
  out = out.slice(0, max);
  return hasControlChars(out, multiline) ? '' : out;
}

const isEmailName = (name: string) => /\.eml$/i.test(name);
const HEADER_START =
  /^(return-path|received|from|to|date|subject|message-id|mime-version|delivered-to|x-[\w-]+|dkim-signature|arc-[\w-]+):/i;

function decodeText(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
}

type Mailbox = { name: string; address?: string | undefined; group?: Mailbox[] | undefined };

function peopleOf(...lists: (Mailbox | Mailbox[] | undefined)[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const list of lists) {
    const flat = (list === undefined ? [] : Array.isArray(list) ? list : [list]).flatMap((a) => (a.group ? a.group : [a]));
    for (const a of flat) {
      const name = clean(a.name ?? '', 150, false).trim();
      const address = clean(a.address ?? '', 150, false).trim();
      const person = (name && address && name !== address ? `${name} <${address}>` : name || address).slice(0, 200);
      const key = (address || name).toLowerCase();
      if (!person || seen.has(key)) continue;
      seen.add(key);
      out.push(person);
      if (out.length >= 50) return out;
    }
  }
  return out;
}

function htmlToLines(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>|<\/(p|div|li|tr|h\d)>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

async function readEmail(attachment: JournalAttachment, bytes: Uint8Array, timeZone: string): Promise<EmailProposal | null> {
  const mail = await PostalMime.parse(bytes, { attachmentEncoding: 'arraybuffer' }).catch(() => null);
  if (!mail || (!mail.from && !mail.subject && !mail.date)) return null;
  const date = mail.date ? Date.parse(mail.date) : NaN;
  const body = mail.text ?? (mail.html ? htmlToLines(mail.html) : '');
  const lines = body
    .split(/\r\n|\r|\n/)
    .map((l) => clean(l.trimEnd(), MAX_QUOTE, true).trim())
    .filter((l) => l.length > 0)
    .slice(0, MAX_LINES);
  return {
    source: 'email',
    attachment,
    occurredAt: Number.isNaN(date) ? null : new Date(date).toISOString(),
    people: peopleOf(mail.from as Mailbox | undefined, mail.to as Mailbox[] | undefined, mail.cc as Mailbox[] | undefined),
    summary: clean(mail.subject ?? '', 1000, false).trim(),
    lines,
    innerFiles: mail.attachments.map((a) => clean(a.filename ?? '', 255, false)).filter((n) => n.length > 0),
    timeZone,
  };
}

function readChat(attachment: JournalAttachment, content: string, timeZone: string, order?: ChatDateOrder): ChatProposal | null {
  const chat = parseWhatsAppChat(content, order ? { order } : {});
  if (!chat.messages.some((m) => m.sender !== null)) return null;
  return {
    source: 'whatsapp',
    attachment,
    timeZone,
    dateOrder: chat.dateOrder,
    dateOrderGuessed: chat.dateOrderGuessed,
    messages: chat.messages.map((m) => ({
      index: m.index,
      occurredAt: wallTimeToUtc(m.local, timeZone),
      local: m.local,
      sender: m.sender === null ? null : clean(m.sender, 200, false).trim() || null,
      text: clean(m.text, MAX_QUOTE, true),
      special: m.special,
    })),
  };
}

export interface EvidenceDeps {
  dialogs: Dialogs;
  maxBytes: number;
  language?: () => Language;
}

export function createEvidenceReader(ctx: ServiceContext, deps: EvidenceDeps) {
  async function propose(stored: StoreResult, maxBytes: number): Promise<EvidenceAnswer> {
    if (!stored.ok) return { status: 'refused', name: stored.name, reason: stored.reason, maxBytes };
    const { attachment } = stored;
    const bytes = await readStoredAttachment(ctx.dataDir, attachment.sha256);
    const timeZone = ownerTimeZone(ctx);
    const text = decodeText(bytes.subarray(0, 64 * 1024));
    let proposal: EvidenceProposal | null = null;
    if (isEmailName(attachment.originalName) || (!/\.txt$/i.test(attachment.originalName) && HEADER_START.test(text))) {
      proposal = await readEmail(attachment, bytes, timeZone);
    } else if (looksLikeWhatsAppChat(text)) {
      proposal = readChat(attachment, decodeText(bytes), timeZone);
      if (!proposal) return { status: 'refused', name: attachment.originalName, reason: 'no_messages', maxBytes };
    }
    if (!proposal) return { status: 'refused', name: attachment.originalName, reason: 'not_evidence', maxBytes };
    return { status: 'proposed', proposal };
  }

  /** The owner picks the file in the OS dialog (main resolves the path; the renderer never sends one). */
  async function fromDialog(): Promise<EvidenceAnswer | null> {
    const lang = deps.language?.() ?? defaultLanguage;
    const [path] = await deps.dialogs.chooseOpenFiles({
      ...dialogText(lang, 'evidence'),
      multiple: false,
      filters: [fileFilter(lang, 'chat', ['eml', 'txt'])],
    });
    if (!path) return null;
    return propose(await storeAttachment(ctx.dataDir, path, deps.maxBytes), deps.maxBytes);
  }

  /** A file dropped on the journal arrives as its bytes. */
  async function fromBytes(name: string, base64: string, limit: number): Promise<EvidenceAnswer> {
    const maxBytes = Math.min(limit, deps.maxBytes);
    const bytes = Buffer.from(base64, 'base64');
    return propose(await storeAttachmentBytes(ctx.dataDir, name, bytes, maxBytes), maxBytes);
  }

  /** A stored chat read again with the day/month order the owner chose. */
  async function rereadChat(ref: { sha256: string; originalName: string }, order: ChatDateOrder): Promise<EvidenceAnswer> {
    const file = storedAttachmentFile(ctx.dataDir, ref.sha256);
    const bytes = await readStoredAttachment(ctx.dataDir, ref.sha256);
    const originalName = sanitiseFileName(ref.originalName);
    const attachment: JournalAttachment = {
      sha256: ref.sha256,
      originalName,
      sizeBytes: file.sizeBytes,
      mediaType: mediaTypeOf(originalName),
    };
    const proposal = readChat(attachment, decodeText(bytes), ownerTimeZone(ctx), order);
    if (!proposal) throw new AppError('VALIDATION', 'This file is not a WhatsApp chat export.');
    return { status: 'proposed', proposal };
  }

  return { fromDialog, fromBytes, rereadChat };
}
