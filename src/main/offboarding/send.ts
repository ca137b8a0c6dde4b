// Sending a case's letter through the owner's own mail program (issue 16 item 10): a mailto:
// link with the client's address, the letter's subject and body; a letter too long for a link is
// copied or saved as a PDF to attach instead. When the owner confirms it went out, the journal
// gets a "letter sent" entry holding the letter's SHA-256 and title, so the record shows what was
// sent and when. The app never sends mail itself: it has no account, no server, no network.
import { createHash } from 'node:crypto';
import type { ExportedPdf, LetterEmail } from '../../shared/contract/offboarding';
import type { JournalEntry } from '../../shared/contract/journal';
import { MAILTO_MAX_LENGTH, letterSubjectAndBody, mailtoUrl } from '../../shared/domain/letters/mailto';
import { interpolate, pathTitle, stepTitle } from '../../shared/domain/offboarding/journal-text';
import { stepSpec } from '../../shared/domain/offboarding/paths';
import type { Language } from '../../shared/domain/format';
import { AppError } from '../../shared/errors';
import { catalogues } from '../../shared/i18n';
import { nowIso, type ServiceContext } from '../core/context';
import type { Dialogs } from '../core/dialogs';
import type { ClientsService } from '../clients/service';
import type { JournalService } from '../journal/service';
import type { SettingsService } from '../settings/service';
import { renderHandover } from '../pdf/handover';
import { documentFormat, translatorFor } from '../pdf/translate';
import { saveFileAs } from '../reports/files';
import { toCase, type CaseStore } from './store';
import { accessDetail, recordAccess } from '../team/access-log';

/** One spelling of a letter whatever the system: LF line ends, NFC, no trailing blanks at the end. */
export function canonicalLetter(text: string): string {
  return text.replace(/\r\n?/g, '\n').normalize('NFC').replace(/\s+$/, '');
}

/** The fingerprint the journal keeps: SHA-256 of the letter's text as UTF-8 (canonicalLetter). */
export function letterSha256(text: string): string {
  return createHash('sha256').update(canonicalLetter(text), 'utf8').digest('hex');
}

export function createLetterSending(
  ctx: ServiceContext,
  deps: {
    store: CaseStore;
    clients: ClientsService;
    settings: SettingsService;
    journal: JournalService;
    dialogs: Dialogs;
    fontsDir: string;
    timeZone: string;
  },
) {
  const lang = (): Language => deps.settings.profile()?.language ?? 'en';

  /** The case and step the letter belongs to; only a step that holds a letter sends one. */
  function letterOf(caseId: number, step: string, text: string) {
    const c = toCase(deps.store.load(caseId).row);
    if (!stepSpec(c.path, step)?.fields.some((f) => f.type === 'letter'))
      throw new AppError('INVALID_STATE', `Step ${step} of the ${c.path} path has no letter`, {
        details: { reason: 'no_letter' },
      });
    const letter = canonicalLetter(text);
    const m = catalogues[lang()].offboarding;
    const { subject, body } = letterSubjectAndBody(letter);
    return {
      c,
      letter,
      subject,
      body,
      m,
      title: subject || stepTitle(m, c.path, step),
      to: deps.clients.get(c.clientId).email.trim(),
      sha256: letterSha256(letter),
    };
  }

  async function email(caseId: number, step: string, text: string): Promise<LetterEmail> {
    const l = letterOf(caseId, step, text);
    const url = mailtoUrl({ to: l.to, subject: l.subject, body: l.body });
    if (url.length > MAILTO_MAX_LENGTH)
      return { status: 'too_long', to: l.to, sha256: l.sha256, length: url.length, maxLength: MAILTO_MAX_LENGTH };
    if (!deps.dialogs.openMailLink)
      throw new AppError('INVALID_STATE', 'No mail program can be opened here', { details: { reason: 'no_mail_program' } });
    await deps.dialogs.openMailLink(url);
    return { status: 'opened', to: l.to, sha256: l.sha256 };
  }

  /** The owner says it went out: what, to whom, its fingerprint and the whole text, in the case's journal. */
  function recordSent(caseId: number, step: string, text: string): JournalEntry {
    const l = letterOf(caseId, step, text);
    const s = l.m.sending;
    const details = [
      `${s.to}: ${l.to || s.noAddress}`,
      `${s.letter}: ${stepTitle(l.m, l.c.path, step)}`,
      `${s.fingerprint}: ${l.sha256}`,
      '',
      l.letter,
    ].join('\n');
    return deps.journal.add(
      {
        clientId: l.c.clientId,
        kind: 'email',
        channel: 'email',
        summary: interpolate(l.m.journal.letterSent, { path: pathTitle(l.m, l.c.path), title: l.title }).slice(0, 1000),
        details: details.length > 20_000 ? `${details.slice(0, 19_999)}…` : details,
        people: l.to ? [l.c.clientName, l.to] : [l.c.clientName],
      },
      { caseId },
    );
  }

  /** This one letter as a PDF (the letters' layout: its own pages, date, room to sign), to attach. */
  async function savePdf(caseId: number, step: string, text: string): Promise<ExportedPdf> {
    const l = letterOf(caseId, step, text);
    const profile = deps.settings.profile();
    const language = lang();
    const createdAt = nowIso(ctx);
    const f = documentFormat(language, deps.timeZone);
    const businessName = profile?.businessName ?? '';
    const { bytes, pages } = await renderHandover({
      document: 'letters',
      lang: language,
      createdAt,
      fontsDir: deps.fontsDir,
      businessName,
      clientName: l.c.clientName,
      report: { overline: '', title: '', subtitle: '', sections: [] },
      letters: [{ title: stepTitle(l.m, l.c.path, step), text: l.letter }],
      footer: `${businessName} · ${translatorFor(language)('reports.generatedAt', { at: f.dateTime(createdAt) })}`,
      owner: profile ? { name: profile.ownerName, title: profile.ownerTitle } : null,
      timeZone: deps.timeZone,
    });
    const path = await saveFileAs(deps.dialogs, {
      lang: language,
      purpose: 'saveLetters',
      name: `${l.c.clientName} - ${l.title}`,
      filter: 'pdf',
      extension: 'pdf',
      bytes,
    });
    if (path)
      recordAccess(ctx, { action: 'export.letters', clientId: l.c.clientId, detail: accessDetail(path, `${pages} pages`) });
    return path ? { status: 'saved', path, pages } : { status: 'cancelled' };
  }

  return { email, recordSent, savePdf };
}
