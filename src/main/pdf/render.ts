// One entry point for every document, used alike in-process (CLI, tests) and in the worker
// thread (the app): a job is plain data, so both give the same bytes.
import { createHash } from 'node:crypto';
import type { Language } from '../../shared/domain/format';
import { loadFonts } from './fonts';
import { createPdf, type PdfInfo } from './kit';
import { documentFormat, translatorFor } from './translate';
import { dossierInfo, renderDossier, type DossierModel } from './dossier';
import { renderValueReport, valueInfo, type ValueModel } from './value-report';
import type { KeptTimestamp } from '../../shared/domain/timestamp';

export type ReportDocument = { document: 'dossier'; model: DossierModel } | { document: 'value'; model: ValueModel };

export type ReportJob = ReportDocument & {
  lang: Language;
  /** ISO timestamp: the document's creation time, printed and set as CreationDate */
  createdAt: string;
  /** IANA zone in which times are printed */
  timeZone: string;
  fontsDir: string;
  /** a dossier's RFC 3161 token over its documentId (asked for before rendering; not part of the id) */
  timestamp?: KeptTimestamp;
};

export interface RenderedReport {
  bytes: Buffer;
  pages: number;
  documentId: string;
}

export type ReportProgress = (done: number, total: number) => void;

/** The document's identity: a SHA-256 over everything that decides its content. */
export function documentIdOf(job: ReportJob): string {
  const { fontsDir: _f, timestamp: _t, ...rest } = job;
  return createHash('sha256').update(JSON.stringify(rest), 'utf8').digest('hex');
}

export async function renderReport(job: ReportJob, onProgress?: ReportProgress): Promise<RenderedReport> {
  const t = translatorFor(job.lang);
  const f = documentFormat(job.lang, job.timeZone);
  const documentId = documentIdOf(job);
  let info: PdfInfo;
  let title: string;
  let subject: string;
  let banner: string | undefined;
  switch (job.document) {
    case 'dossier':
      info = dossierInfo(job.model, t, documentId, job.createdAt, job.timestamp);
      title = t('reports.dossier.title');
      subject = job.model.client.name;
      banner = job.model.verification.ok ? undefined : t('reports.dossier.failedBanner');
      break;
    case 'value':
      info = valueInfo(job.model, t);
      title = t('reports.value.title');
      subject = job.model.client.name;
      break;
  }
  const shortId = documentId.slice(0, 16);
  const pdf = createPdf({
    fonts: loadFonts(job.fontsDir),
    createdAt: new Date(job.createdAt),
    documentId,
    info,
    lang: job.lang,
    runningHead: `${job.model.business.name} · ${title} · ${subject}`,
    footer: `${t('reports.documentId', { id: shortId })} · ${t('reports.generatedAt', { at: f.dateTime(job.createdAt) })}`,
    pageOf: (page, total) => t('reports.pageOf', { page, total }),
    ...(banner ? { banner } : {}),
  });
  switch (job.document) {
    case 'dossier':
      renderDossier(pdf, job.model, {
        t,
        f,
        lang: job.lang,
        createdAt: job.createdAt,
        documentId,
        ...(job.timestamp ? { timestamp: job.timestamp } : {}),
        ...(onProgress ? { onProgress } : {}),
      });
      break;
    case 'value':
      renderValueReport(pdf, job.model, { t, f, createdAt: job.createdAt });
      onProgress?.(1, 1);
      break;
  }
  const pages = pdf.pageCount();
  return { bytes: await pdf.end(), pages, documentId };
}
