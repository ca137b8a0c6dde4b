// The part-ways documents: the final handover report and the case's letters, laid out with the
// reports' kit (embedded DejaVu, page x of y). Deterministic: same case, language and creation
// time give the same bytes (the document id is a hash of exactly those).
import { createHash } from 'node:crypto';
import { formatLongDate, type Language } from '../../shared/domain/format';
import { letterLanguage, splitLetter } from '../../shared/domain/letters/render';
import { localDay } from '../../shared/domain/local-time';
import type { FinalReport, SavedLetter } from '../../shared/domain/offboarding/final-report';
import { loadFonts } from './fonts';
import { createPdf, type Pdf } from './kit';
import { translatorFor } from './translate';

export interface HandoverJob {
  document: 'report' | 'letters';
  lang: Language;
  createdAt: string;
  fontsDir: string;
  businessName: string;
  clientName: string;
  report: FinalReport;
  letters: SavedLetter[];
  /** the page footer: who generated it and when */
  footer: string;
  /** who signs the letters (the profile) */
  owner?: { name: string; title: string } | null;
  /** the time zone the letters' date is read in */
  timeZone?: string;
}

function renderReport(pdf: Pdf, r: FinalReport) {
  pdf.titleBlock({ overline: r.overline, title: r.title, subtitle: r.subtitle });
  for (const s of r.sections) {
    pdf.heading(s.heading, 2);
    for (const p of s.paragraphs) pdf.paragraph(p);
    for (const item of s.items) pdf.paragraph(`•  ${item}`, { indent: 8 });
    if (s.table)
      pdf.table({ columns: s.table.columns.map((header, i) => ({ header, width: i === 2 ? 3 : 2 })), rows: s.table.rows });
  }
}

/**
 * Each letter is a document of its own, as the client receives it: the business's name on top,
 * the date with the month written out, the subject, the paragraphs with a blank line between
 * them, room to sign under the closing, the line, and the owner's name and title. Its pages are
 * numbered from 1 in the letter's own language. No app label (the step's title) is printed.
 */
function renderLetters(pdf: Pdf, job: HandoverJob) {
  const day = localDay(job.createdAt, job.timeZone ?? 'UTC');
  const paraGap = pdf.size.body + 1.5;
  for (const letter of job.letters) {
    const lang = letterLanguage(letter.text, job.lang);
    const t = translatorFor(lang);
    pdf.newDocument({
      lang,
      // on a letter's further pages: to whom and of when, as a letter's continuation sheet
      runningHead: [job.clientName, formatLongDate(day, lang)].filter(Boolean).join(' · '),
      footer: job.businessName,
      pageOf: (page, total) => t('reports.pageOf', { page, total }),
    });
    const parts = splitLetter(letter.text);
    if (job.businessName) pdf.paragraph(job.businessName, { font: 'bold', size: pdf.size.h3, color: pdf.colors.accent });
    pdf.paragraph(formatLongDate(day, lang), { align: 'right' });
    pdf.spacer(paraGap);
    if (parts.subject) pdf.paragraph(parts.subject, { font: 'bold' });
    pdf.spacer(paraGap);
    parts.paragraphs.forEach((para, i) => {
      // the closing stays on the page with the room to sign and the signature
      if (i === parts.paragraphs.length - 1) pdf.ensureSpace(110);
      pdf.paragraph(para, { keep: true });
      if (i < parts.paragraphs.length - 1) pdf.spacer(paraGap);
    });
    const [name = '', ...rest] = parts.signature;
    pdf.signature(
      job.owner?.name
        ? { name: job.owner.name, title: job.owner.title || undefined, place: job.businessName || undefined }
        : { name, title: rest.join('\n') || undefined },
    );
  }
}

export async function renderHandover(job: HandoverJob): Promise<{ bytes: Buffer; pages: number }> {
  const t = translatorFor(job.lang);
  const { fontsDir: _f, ...identity } = job;
  const documentId = createHash('sha256').update(JSON.stringify(identity), 'utf8').digest('hex');
  const title = job.document === 'report' ? job.report.title : t('offboarding.report.letters');
  const pdf = createPdf({
    fonts: loadFonts(job.fontsDir),
    createdAt: new Date(job.createdAt),
    documentId,
    info: { title: `${title} · ${job.clientName}`, author: job.businessName, subject: job.clientName },
    lang: job.lang,
    runningHead: `${job.businessName} · ${title} · ${job.clientName}`,
    footer: job.footer,
    pageOf: (page, total) => t('reports.pageOf', { page, total }),
  });
  if (job.document === 'report') renderReport(pdf, job.report);
  else renderLetters(pdf, job);
  const pages = pdf.pageCount();
  return { bytes: await pdf.end(), pages };
}
