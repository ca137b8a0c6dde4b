// The journal receipt as a one-page PDF: every client's chain head and the time, to print or send
// to a lawyer or accountant. The receipt's JSON rides in the Info dictionary
// (/ClientDossierReceipt), as the dossier carries its manifest, so `verify --against` reads it back.
// Deterministic: the same receipt and language give the same bytes.
import type { Language } from '../../shared/domain/format';
import { receiptJson, type JournalReceipt } from '../../shared/domain/journal-receipt';
import { loadFonts } from './fonts';
import { createPdf } from './kit';
import { documentFormat, translatorFor } from './translate';

export interface ReceiptJob {
  receipt: JournalReceipt;
  lang: Language;
  timeZone: string;
  fontsDir: string;
}

export const receiptInfoKey = 'ClientDossierReceipt';

export async function renderReceipt(job: ReceiptJob): Promise<{ bytes: Buffer; pages: number }> {
  const { receipt: r } = job;
  const t = translatorFor(job.lang);
  const f = documentFormat(job.lang, job.timeZone);
  const title = t('reports.receipt.title');
  const at = f.dateTime(r.createdAt);
  const pdf = createPdf({
    fonts: loadFonts(job.fontsDir),
    createdAt: new Date(r.createdAt),
    documentId: r.receiptId,
    info: {
      title: `${title} · ${r.businessName}`,
      author: r.businessName,
      subject: t('reports.receipt.subject', { at }),
      custom: { [receiptInfoKey]: receiptJson(r) },
    },
    lang: job.lang,
    runningHead: `${r.businessName} · ${title}`,
    footer: `${t('reports.receipt.id', { id: r.receiptId.slice(0, 16) })} · ${t('reports.generatedAt', { at })}`,
    pageOf: (page, total) => t('reports.pageOf', { page, total }),
  });
  pdf.titleBlock({ overline: r.businessName, title, subtitle: at });
  pdf.keyValues([
    [t('reports.receipt.madeAt'), `${at} (${r.createdAt})`],
    [t('reports.receipt.receiptId'), r.receiptId],
    [t('reports.receipt.clients'), f.number(r.chains.length, 0)],
    [
      t('reports.receipt.entries'),
      f.number(
        r.chains.reduce((s, c) => s + c.count, 0),
        0,
      ),
    ],
  ]);
  pdf.paragraph(t('reports.receipt.what'));
  pdf.table({
    columns: [
      { header: t('reports.receipt.col.client'), width: 2.5 },
      { header: t('reports.receipt.col.count'), width: 1.1, align: 'right' },
      { header: t('reports.receipt.col.head'), width: 1, align: 'right' },
      { header: t('reports.receipt.col.hash'), width: 7.5 },
    ],
    rows: r.chains.map((c) => [`${c.clientName} (#${c.clientId})`, f.number(c.count, 0), `#${c.headSeq}`, c.headHash]),
    fontSize: 6.5,
  });
  if (r.chains.length === 0) pdf.paragraph(t('reports.receipt.empty'), { color: pdf.colors.muted });
  pdf.heading(t('reports.receipt.claimTitle'), 3);
  pdf.paragraph(t('reports.receipt.claim'));
  pdf.paragraph(t('reports.receipt.howToCheck'), { color: pdf.colors.muted, size: pdf.size.small });
  const pages = pdf.pageCount();
  return { bytes: await pdf.end(), pages };
}
