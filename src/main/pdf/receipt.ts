// The journal receipt as a one-page PDF: every client's chain head and the time, to print or send
// to a lawyer or accountant. The receipt's JSON rides in the Info dictionary
// (/ClientDossierReceipt), as the dossier carries its manifest, so `verify --against` reads it back.
// Deterministic: the same receipt and language give the same bytes.
import type { Language } from '../../shared/domain/format';
import { receiptJson, type JournalReceipt } from '../../shared/domain/journal-receipt';
import { verifyTimestamp } from '../reports/timestamp';
import { loadFonts } from './fonts';
import { createPdf } from './kit';
import { documentFormat, translatorFor } from './translate';
import { receiptIdOf } from '../reports/receipt-file';

export interface ReceiptJob {
  receipt: JournalReceipt;
  lang: Language;
  timeZone: string;
  fontsDir: string;
}

export const receiptInfoKey = 'ClientDossierReceipt';
/** the RFC 3161 token (DER TimeStampToken), attached to the PDF under this name */
export const timestampFileName = 'receipt-timestamp.tst';

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
  if (r.timestamp) {
    // the RFC 3161 token, summarised as checked now, and the token itself as an attached file
    const token = Buffer.from(r.timestamp.token, 'base64');
    const c = verifyTimestamp(token, receiptIdOf(r), r.timestamp.nonce);
    pdf.heading(t('reports.receipt.timestamp.title'), 3);
    pdf.keyValues([
      [t('reports.receipt.timestamp.time'), c.genTime ? `${f.dateTime(c.genTime)} (${c.genTime})` : '—'],
      [t('reports.receipt.timestamp.signer'), c.signer ?? '—'],
      [t('reports.receipt.timestamp.issuer'), c.issuer ?? '—'],
      [t('reports.receipt.timestamp.authority'), r.timestamp.authority],
      [t('reports.receipt.timestamp.serial'), c.serial ?? '—'],
      [t('reports.receipt.timestamp.imprint'), c.imprint ? `${c.hashAlgorithm ?? ''} ${c.imprint}` : '—'],
      [
        t('reports.receipt.timestamp.check'),
        c.ok ? t('reports.receipt.timestamp.verified') : t('reports.receipt.timestamp.notVerified', { problem: c.problem }),
      ],
    ]);
    pdf.paragraph(t('reports.receipt.timestamp.note', { file: timestampFileName }), {
      color: pdf.colors.muted,
      size: pdf.size.small,
    });
    // AFRelationship (PDF/A-3): pdfkit takes it, its type declarations do not know it yet
    const attachment: PDFKit.Mixins.PDFAttachmentOptions & { relationship: string } = {
      name: timestampFileName,
      type: 'application/timestamp-token',
      description: t('reports.receipt.timestamp.title'),
      relationship: 'Supplement',
    };
    pdf.doc.file(token, attachment);
  }
  pdf.heading(t('reports.receipt.claimTitle'), 3);
  pdf.paragraph(t('reports.receipt.claim'));
  pdf.paragraph(t('reports.receipt.howToCheck'), { color: pdf.colors.muted, size: pdf.size.small });
  const pages = pdf.pageCount();
  return { bytes: await pdf.end(), pages };
}
