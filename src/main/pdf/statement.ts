// The client statement (collect payment): invoices, payments, balance and ageing, in the
// document's language. Deterministic: the same ledger, language and creation time give the same
// bytes (the document id hashes exactly those).
import { createHash } from 'node:crypto';
import type { Language } from '../../shared/domain/format';
import { ageingBuckets, type StatementModel } from '../../shared/domain/offboarding/statement';
import { loadFonts } from './fonts';
import { createPdf } from './kit';
import { documentFormat, translatorFor } from './translate';

export interface StatementJob {
  lang: Language;
  createdAt: string;
  timeZone: string;
  fontsDir: string;
  businessName: string;
  clientName: string;
  model: StatementModel;
}

export async function renderStatement(job: StatementJob): Promise<{ bytes: Buffer; pages: number }> {
  const t = translatorFor(job.lang);
  const f = documentFormat(job.lang, job.timeZone);
  const { fontsDir: _f, ...identity } = job;
  const documentId = createHash('sha256').update(JSON.stringify(identity), 'utf8').digest('hex');
  const title = t('offboarding.statement.title');
  const pdf = createPdf({
    fonts: loadFonts(job.fontsDir),
    createdAt: new Date(job.createdAt),
    documentId,
    info: { title: `${title} · ${job.clientName}`, author: job.businessName, subject: job.clientName },
    lang: job.lang,
    runningHead: `${job.businessName} · ${title} · ${job.clientName}`,
    footer: `${job.businessName} · ${t('reports.generatedAt', { at: f.dateTime(job.createdAt) })}`,
    pageOf: (page, total) => t('reports.pageOf', { page, total }),
  });
  const m = job.model;
  const money = (minor: number, currency = m.currency) => f.money(minor, currency);
  pdf.titleBlock({
    overline: job.businessName,
    title,
    subtitle: `${job.clientName} · ${t('offboarding.statement.asOf', { date: f.date(m.asOf) })}`,
  });
  pdf.keyValues([
    [t('offboarding.statement.invoiced'), money(m.invoicedMinor)],
    [t('offboarding.statement.paid'), money(m.paidMinor)],
    [t('offboarding.statement.balance'), money(m.balanceMinor)],
  ]);
  const invoiceTable = (lines: StatementModel['lines']) =>
    pdf.table({
      columns: [
        { header: t('offboarding.statement.number'), width: 2 },
        { header: t('offboarding.statement.issued'), width: 2 },
        { header: t('offboarding.statement.due'), width: 2 },
        { header: t('offboarding.statement.amount'), width: 2, align: 'right' },
        { header: t('offboarding.statement.paid'), width: 2, align: 'right' },
        { header: t('offboarding.statement.open'), width: 2, align: 'right' },
        { header: t('offboarding.statement.daysLate'), width: 1, align: 'right' },
      ],
      rows: lines.map((l) => [
        l.number,
        f.date(l.issuedOn),
        f.date(l.dueOn),
        money(l.amountMinor, l.currency),
        money(l.paidMinor, l.currency),
        money(l.openMinor, l.currency),
        l.daysLate > 0 ? f.number(l.daysLate, 0) : '',
      ]),
    });
  pdf.heading(t('offboarding.statement.invoices'), 2);
  if (m.lines.length === 0) pdf.paragraph(t('offboarding.statement.none'));
  else invoiceTable(m.lines);
  pdf.heading(t('offboarding.statement.ageing'), 2);
  pdf.table({
    columns: ageingBuckets.map((b) => ({ header: t(`offboarding.statement.buckets.${b}`), width: 2, align: 'right' as const })),
    rows: [ageingBuckets.map((b) => money(m.ageing[b]))],
  });
  if (m.otherCurrency.length > 0) {
    pdf.heading(t('offboarding.statement.otherCurrency'), 2);
    invoiceTable(m.otherCurrency);
  }
  const pages = pdf.pageCount();
  return { bytes: await pdf.end(), pages };
}
