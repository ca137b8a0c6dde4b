// The part-ways documents: the final handover report and the case's letters, laid out with the
// reports' kit (embedded DejaVu, page x of y). Deterministic: same case, language and creation
// time give the same bytes (the document id is a hash of exactly those).
import { createHash } from 'node:crypto';
import type { Language } from '../../shared/domain/format';
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

function renderLetters(pdf: Pdf, letters: SavedLetter[], title: string) {
  letters.forEach((letter, i) => {
    if (i > 0) pdf.pageBreak();
    const [subject = '', ...body] = letter.text.split('\n');
    pdf.titleBlock({ overline: letter.title, title: subject.trim() || title });
    for (const para of body
      .join('\n')
      .replace(/^\n+/, '')
      .split(/\n{2,}/))
      pdf.paragraph(para);
  });
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
  else renderLetters(pdf, job.letters, title);
  const pages = pdf.pageCount();
  return { bytes: await pdf.end(), pages };
}
