// What lets a stranger verify a dossier without the app (issue 19 item 4): the entries exactly as
// they were hashed (entries.json) and an offline verifier for any browser (verify.html), both
// attached to the PDF, and the appendix that says in words how each hash is computed and what
// the attached verifier can and cannot check.
import { GENESIS_HASH } from '../../shared/domain/journal-chain';
import { catalogues } from '../../shared/i18n';
import type { Language } from '../../shared/domain/format';
import type { Pdf } from './kit';
import type { DossierModel } from './dossier-parts';
import type { Translate } from './translate';
import { flattenStrings, verifierHtml } from './verifier-html';

export const entriesFormat = 'client-dossier/entries';
export const entriesFileName = 'entries.json';
export const verifierFileName = 'verify.html';

/** Whether the dossier was made with a period or kinds, so it may leave entries out. */
export const isFiltered = (m: Pick<DossierModel, 'range' | 'kinds'>) =>
  m.range.from !== null || m.range.to !== null || m.kinds.length > 0;

/** The client's chain head as the cover prints it (the chain of custody table). */
export function coverHead(m: DossierModel) {
  const c = m.chains.find((x) => x.clientId === m.client.id) ?? m.chains[0];
  return c ? { seq: c.headSeq, hash: c.headHash } : { seq: 0, hash: GENESIS_HASH };
}

/**
 * entries.json: every entry of the dossier with its number, client, the exact object its hash
 * covers (`entry`, canonicalised generically by whoever checks it: sorted keys, NFC strings, so
 * any hash version that adds a field verifies alike), its previous hash and its hash; and the
 * chain head printed on the cover.
 */
export function dossierEntriesJson(m: DossierModel, documentId: string, createdAt: string): string {
  return `${JSON.stringify(
    {
      format: entriesFormat,
      version: 1,
      documentId,
      createdAt,
      hash: 'hash = SHA-256 of the UTF-8 bytes of prevHash followed by canonical(entry); canonical(entry) = the entry as JSON with no whitespace, object keys sorted, every string in Unicode NFC; the first entry’s prevHash is 64 zeros',
      client: { id: m.client.id, name: m.client.name },
      head: coverHead(m),
      filtered: isFiltered(m),
      filter: { from: m.range.from, to: m.range.to, kinds: m.kinds },
      totalEntries: m.totalEntries,
      entries: m.entries.map((e) => ({
        seq: e.seq,
        clientId: m.client.id,
        prevHash: e.prevHash,
        hash: e.hash,
        entry: e.hashed,
      })),
    },
    null,
    2,
  )}\n`;
}

/** The verifier's words in the dossier's language (catalogue `reports.verifier`). */
export function verifierStrings(lang: Language) {
  return flattenStrings(catalogues[lang].reports.verifier as Record<string, unknown>);
}

/**
 * Attaches entries.json (the data: AFRelationship Data) and verify.html (AFRelationship
 * Supplement), each with its media type and dates, as PDF/A-3 allows embedded files.
 */
export function attachVerifier(
  pdf: Pdf,
  m: DossierModel,
  ctx: { t: Translate; lang: Language; documentId: string; createdAt: string },
) {
  const json = dossierEntriesJson(m, ctx.documentId, ctx.createdAt);
  const html = verifierHtml({ lang: ctx.lang, strings: verifierStrings(ctx.lang), entriesJson: json });
  const at = new Date(ctx.createdAt);
  type Options = PDFKit.Mixins.PDFAttachmentOptions & { relationship: 'Data' | 'Supplement' };
  const entries: Options = {
    name: entriesFileName,
    type: 'application/json',
    description: ctx.t('reports.dossier.appendix.entriesFile'),
    relationship: 'Data',
    creationDate: at,
    modifiedDate: at,
  };
  const verifier: Options = {
    name: verifierFileName,
    type: 'text/html',
    description: ctx.t('reports.dossier.appendix.verifierFile'),
    relationship: 'Supplement',
    creationDate: at,
    modifiedDate: at,
  };
  pdf.doc.file(Buffer.from(json, 'utf8'), entries);
  pdf.doc.file(Buffer.from(html, 'utf8'), verifier);
}

/** The appendix: how each hash is computed, how to use the attached verifier, what it can check. */
export function verifierAppendix(pdf: Pdf, m: DossierModel, t: Translate) {
  const head = coverHead(m);
  const omitted = Math.max(0, m.totalEntries - m.entries.length);
  pdf.pageBreak();
  pdf.heading(t('reports.dossier.appendix.title'), 2);
  pdf.heading(t('reports.dossier.appendix.hashTitle'), 3);
  pdf.paragraph(t('reports.dossier.appendix.hashText'));
  pdf.paragraph(t('reports.dossier.appendix.hashFormula'), { font: 'bold', size: pdf.size.small });
  pdf.heading(t('reports.dossier.appendix.filesTitle'), 3);
  pdf.paragraph(t('reports.dossier.appendix.filesText', { entries: entriesFileName, verifier: verifierFileName }));
  pdf.paragraph(t('reports.dossier.appendix.useText', { verifier: verifierFileName, entries: entriesFileName }));
  pdf.heading(t('reports.dossier.appendix.scopeTitle'), 3);
  if (!isFiltered(m)) pdf.paragraph(t('reports.dossier.appendix.scopeAll', { head: head.seq }));
  else {
    pdf.paragraph(t('reports.dossier.appendix.scopeFiltered', { count: omitted, total: m.totalEntries, head: head.seq }));
    const last = m.entries.at(-1)?.seq ?? 0;
    pdf.paragraph(
      last === head.seq
        ? t('reports.dossier.appendix.headIncluded', { head: head.seq })
        : t('reports.dossier.appendix.headLeftOut', { head: head.seq }),
    );
  }
  pdf.heading(t('reports.dossier.appendix.limitsTitle'), 3);
  pdf.paragraph(t('reports.dossier.appendix.limitsText'));
}
