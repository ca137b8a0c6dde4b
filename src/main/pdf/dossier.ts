// The incident dossier: a cover page with what it holds, what it leaves out and a summary of
// incidents by kind; how the records are kept and their chain of custody; an index of entries;
// every entry with all its fields (amendments right after the entry they correct, attachments as
// numbered exhibits); the list of exhibits; how to check it without the app (its entries and an
// offline verifier attached, dossier-verify.ts); and the record keeper's declaration to sign.
import { manifestFormat, manifestJson } from '../../shared/domain/dossier-manifest';
import { isAudioFile } from '../../shared/domain/journal-entry';
import type { Language } from '../../shared/domain/format';
import type { KeptTimestamp } from '../../shared/domain/timestamp';
import { verifyTimestamp } from '../reports/timestamp';
import type { Pdf } from './kit';
import { attachVerifier, verifierAppendix, verifierFileName } from './dossier-verify';
import type { DocumentFormat, Translate } from './translate';
import {
  declaration,
  delayMs,
  dossierExhibits,
  exhibitList,
  incidentSummary,
  lateAfterMs,
  printOrder,
  type DossierEntry,
  type DossierModel,
} from './dossier-parts';

export {
  delayMs,
  dossierExhibits,
  lateAfterMs,
  printOrder,
  type DossierEntry,
  type DossierExhibit,
  type DossierModel,
} from './dossier-parts';

/** the RFC 3161 token over the dossier's documentId, attached to the PDF under this name */
export const dossierTimestampFileName = 'dossier-timestamp.tst';
/** the Info key holding the kept token (JSON: authority, token, nonce), read back by "verify against" */
export const dossierTimestampInfoKey = 'ClientDossierTimestamp';

export function dossierInfo(m: DossierModel, t: Translate, documentId: string, createdAt: string, timestamp?: KeptTimestamp) {
  const manifest = manifestJson({
    format: manifestFormat,
    version: 1,
    documentId,
    createdAt,
    verified: m.verification.ok,
    chains: m.chains.map(({ clientName: _n, ...c }) => c),
  });
  return {
    title: `${t('reports.dossier.title')} — ${m.client.name}`,
    author: m.business.ownerName,
    subject: t('reports.dossier.subject', { client: m.client.name }),
    keywords: manifest,
    custom: {
      ClientDossierManifest: manifest,
      ...(timestamp ? { [dossierTimestampInfoKey]: JSON.stringify(timestamp) } : {}),
    },
  };
}

export function renderDossier(
  pdf: Pdf,
  m: DossierModel,
  ctx: {
    t: Translate;
    f: DocumentFormat;
    /** the dossier's language: the attached verifier speaks it too */
    lang: Language;
    createdAt: string;
    /** the document's full id (SHA-256 of its job), printed on the cover */
    documentId: string;
    /** the authority's token over documentId, when one was had */
    timestamp?: KeptTimestamp;
    onProgress?: (done: number, total: number) => void;
  },
) {
  const { t, f } = ctx;
  const none = t('reports.none');
  const kindLabel = (k: string) => t(`journal.kinds.${k}`, { defaultValue: k });
  const channelLabel = (c: string) => t(`journal.channels.${c}`, { defaultValue: c });
  const list = (a: readonly string[]) => (a.length ? a.join(', ') : none);
  const stamp = (iso: string) => `${f.dateTime(iso)} (${iso.replace(/\.000Z$/, 'Z')})`;

  // --- cover: what this is, what it leaves out, and the incidents at a glance
  pdf.titleBlock({
    overline: m.business.name,
    title: t('reports.dossier.title'),
    subtitle: m.client.company ? `${m.client.name} — ${m.client.company}` : m.client.name,
  });
  const { from, to } = m.range;
  const period =
    from && to
      ? t('reports.dossier.periodBetween', { from: f.date(from), to: f.date(to) })
      : from
        ? t('reports.dossier.periodFrom', { from: f.date(from) })
        : to
          ? t('reports.dossier.periodTo', { to: f.date(to) })
          : t('reports.dossier.periodAll');
  const kinds = m.kinds.length ? m.kinds.map(kindLabel).join(', ') : t('reports.dossier.kindsAll');
  pdf.keyValues([
    [t('reports.dossier.client'), m.client.company ? `${m.client.name} (${m.client.company})` : m.client.name],
    [t('reports.dossier.period'), period],
    [t('reports.dossier.kinds'), kinds],
    [t('reports.dossier.entriesIncluded'), f.number(m.entries.length)],
    [t('reports.dossier.preparedBy'), [m.business.ownerName, m.business.ownerTitle, m.business.name].filter(Boolean).join(', ')],
    [t('reports.dossier.generatedAt'), stamp(ctx.createdAt)],
    [t('reports.dossier.appVersion'), `Client Dossier ${m.appVersion}`],
    [t('reports.dossier.timeZone'), f.timeZone],
  ]);
  // the full identity, small enough to stay on one line for comparing and copying
  pdf.keyValues([[t('reports.dossier.documentIdFull'), ctx.documentId]], { valueSize: pdf.size.small - 0.5 });
  const omitted = Math.max(0, m.totalEntries - m.entries.length);
  const filtered = from !== null || to !== null || m.kinds.length > 0;
  if (!filtered) pdf.paragraph(t('reports.dossier.scopeAll', { count: m.totalEntries }));
  else {
    const filters = [
      ...(from !== null || to !== null ? [t('reports.dossier.filterPeriod', { period })] : []),
      ...(m.kinds.length ? [t('reports.dossier.filterKinds', { kinds })] : []),
    ].join('; ');
    pdf.paragraph(t('reports.dossier.scopeFiltered', { count: omitted, total: m.totalEntries, filters }), {
      font: 'bold',
      color: omitted > 0 ? pdf.colors.warning : pdf.colors.ink,
    });
  }

  incidentSummary(pdf, m, t, f, kindLabel);

  // --- how the records are kept, and their chain of custody
  pdf.heading(t('reports.dossier.keeping'), 2);
  pdf.paragraph(
    t('reports.dossier.keepingStatement', {
      owner: m.business.ownerName,
      role: m.business.ownerTitle ? `${m.business.ownerTitle}, ${m.business.name}` : m.business.name,
      late: t('reports.dossier.late'),
    }),
  );
  pdf.paragraph(
    m.teamWriters?.length
      ? t('reports.dossier.keepingWritersTeam', {
          writers: m.teamWriters.map((w) => `${w.name} (${t(`reports.dossier.writerRole.${w.role}`)}, ${w.login})`).join(', '),
          writtenBy: t('reports.dossier.field.author'),
        })
      : t('reports.dossier.keepingWriters', {
          writers: m.writers.join(', '),
          writtenBy: t('reports.dossier.field.author'),
        }),
  );
  pdf.heading(t('reports.dossier.custody'), 2);
  pdf.paragraph(
    t('reports.dossier.custodyStatement', { version: m.appVersion, business: m.business.name, at: f.dateTime(ctx.createdAt) }),
  );
  pdf.table({
    columns: [
      { header: t('reports.dossier.chainTable.client'), width: 2 },
      { header: t('reports.dossier.chainTable.count'), width: 1.3, align: 'right' },
      { header: t('reports.dossier.chainTable.range'), width: 1.3 },
      { header: t('reports.dossier.chainTable.head'), width: 1 },
      { header: t('reports.dossier.chainTable.hash'), width: 4 },
    ],
    rows: m.chains.map((c) => [
      `${c.clientName} (${c.clientId})`,
      f.number(c.count),
      c.firstSeq === null ? none : `#${c.firstSeq} – #${c.lastSeq}`,
      `#${c.headSeq}`,
      c.headHash,
    ]),
  });
  pdf.heading(t('reports.dossier.verification'), 3);
  const v = m.verification;
  const result: [string, string][] = [
    [t('reports.dossier.verificationResult'), v.ok ? t('reports.dossier.verifiedOk') : t('reports.dossier.verifiedFailed')],
    [t('reports.dossier.checkedAt'), stamp(v.checkedAt)],
    [t('reports.dossier.entriesChecked'), f.number(v.entriesChecked)],
    [t('reports.dossier.attachmentsChecked'), f.number(v.attachmentsChecked)],
  ];
  if (v.failure)
    result.push([
      t('reports.dossier.failureAt'),
      t('reports.dossier.failureAtValue', { seq: v.failure.seq, reason: t(`reports.failure.${v.failure.reason}`) }),
    ]);
  pdf.keyValues(result);
  if (ctx.timestamp) {
    // the RFC 3161 token over the document id, summarised as checked now, and the token attached
    const token = Buffer.from(ctx.timestamp.token, 'base64');
    const c = verifyTimestamp(token, ctx.documentId, ctx.timestamp.nonce);
    pdf.heading(t('reports.receipt.timestamp.title'), 3);
    pdf.keyValues([
      [t('reports.receipt.timestamp.time'), c.genTime ? stamp(c.genTime) : none],
      [t('reports.receipt.timestamp.signer'), c.signer ?? none],
      [
        t('reports.receipt.timestamp.check'),
        c.ok ? t('reports.dossier.timestamp.verified') : t('reports.dossier.timestamp.notVerified', { problem: c.problem }),
      ],
    ]);
    pdf.paragraph(t('reports.dossier.timestamp.note', { file: dossierTimestampFileName }), {
      color: pdf.colors.muted,
      size: pdf.size.small,
    });
    pdf.attach(token, {
      name: dossierTimestampFileName,
      type: 'application/timestamp-token',
      description: t('reports.receipt.timestamp.title'),
      relationship: 'Supplement',
    });
  }
  pdf.heading(t('reports.dossier.howToCheck'), 3);
  pdf.paragraph(
    t('reports.dossier.howToCheckText', { verifier: verifierFileName, appendix: t('reports.dossier.appendix.title') }),
    { color: pdf.colors.muted, size: pdf.size.small },
  );

  // --- index: one row per entry, header repeated on every page
  pdf.pageBreak();
  pdf.heading(t('reports.dossier.index'), 2);
  if (m.entries.length === 0) {
    pdf.paragraph(t('reports.dossier.noEntries'));
  } else {
    const seqById = new Map(m.entries.map((e) => [e.id, e.seq]));
    pdf.table({
      columns: [
        { header: t('reports.dossier.col.seq'), width: 0.7, align: 'right' },
        { header: t('reports.dossier.col.occurred'), width: 2 },
        { header: t('reports.dossier.col.recorded'), width: 2 },
        { header: t('reports.dossier.col.kind'), width: 2 },
        { header: t('reports.dossier.col.channel'), width: 1.4 },
        { header: t('reports.dossier.col.summary'), width: 5 },
      ],
      rows: m.entries.map((e) => {
        const original = e.amendsId === null ? null : (seqById.get(e.amendsId) ?? null);
        return [
          String(e.seq),
          f.dateTime(e.occurredAt),
          f.dateTime(e.recordedAt) + (delayMs(e) > lateAfterMs ? ` · ${t('reports.dossier.late')}` : ''),
          kindLabel(e.kind) + (e.amendsId !== null ? ` (${t('reports.dossier.amendsMark', { original: original ?? '?' })})` : ''),
          channelLabel(e.channel),
          e.summary.length > 220 ? `${e.summary.slice(0, 219)}…` : e.summary,
        ];
      }),
    });
  }

  const exhibits = dossierExhibits(m.entries);
  const exhibitLabel = (n: number) => t('reports.dossier.exhibit', { n });

  // --- every entry in full; amendments directly after the entry they correct
  if (m.entries.length > 0) {
    pdf.pageBreak();
    pdf.heading(t('reports.dossier.entries'), 2);
    const byId = new Map(m.entries.map((e) => [e.id, e]));
    const correctedBy = new Map<number, DossierEntry[]>();
    for (const e of m.entries)
      if (e.amendsId !== null && byId.has(e.amendsId)) correctedBy.set(e.amendsId, [...(correctedBy.get(e.amendsId) ?? []), e]);
    const seqOf = (id: number | null) => (id === null ? null : (byId.get(id)?.seq ?? null));
    let nextExhibit = 0;

    const entryBlock = (e: DossierEntry, asAmendment: boolean) => {
      const original = seqOf(e.amendsId);
      pdf.heading(
        asAmendment
          ? t('reports.dossier.amendmentHeading', { seq: e.seq, original })
          : t('reports.dossier.entryHeading', { seq: e.seq, kind: kindLabel(e.kind) }),
        3,
      );
      // a page that starts inside this entry says whose words it continues
      pdf.continues(t('reports.dossier.continued', { seq: e.seq }));
      if (e.amendsId !== null && !asAmendment)
        pdf.paragraph(t('reports.dossier.amendsOutside', { original: original ?? `id ${e.amendsId}` }), {
          color: pdf.colors.muted,
        });
      const delay = delayMs(e);
      if (delay > lateAfterMs) {
        const hours = Math.floor(delay / 3_600_000);
        const text =
          hours >= 48
            ? t('reports.dossier.days', { count: Math.floor(hours / 24) })
            : t('reports.dossier.hours', { count: hours });
        pdf.paragraph(t('reports.dossier.lateEntry', { delay: text }), { color: pdf.colors.warning, font: 'bold' });
      }
      const refers = seqOf(e.refersToId);
      pdf.keyValues([
        [t('reports.dossier.field.occurred'), stamp(e.occurredAt)],
        [t('reports.dossier.field.recorded'), stamp(e.recordedAt)],
        [
          t('reports.dossier.field.author'),
          // a team's entry names its author's login (what the hash covers): shown with the person's name
          !e.author
            ? t('reports.dossier.authorNone')
            : e.authorName && e.authorName !== e.author
              ? `${e.authorName} (${e.author})`
              : e.author,
        ],
        [t('reports.dossier.field.kind'), kindLabel(e.kind)],
        [t('reports.dossier.field.channel'), channelLabel(e.channel)],
        [
          t('reports.dossier.field.duration'),
          e.durationMinutes === null ? none : t('reports.minutes', { count: e.durationMinutes }),
        ],
        [t('reports.dossier.field.severity'), t(`journal.severities.${e.severity}`, { defaultValue: e.severity })],
        [t('reports.dossier.field.people'), list(e.people)],
        [t('reports.dossier.field.witnesses'), list(e.witnesses)],
        [t('reports.dossier.field.signs'), list(e.signs.map((s) => t(`journal.signs.${s}`, { defaultValue: s })))],
        ...(e.category === null
          ? []
          : [
              [t('journal.fields.category'), t(`journal.categories.${e.category}`, { defaultValue: e.category })] as [
                string,
                string,
              ],
            ]),
        [t('reports.dossier.field.refersTo'), e.refersToId === null ? none : `#${refers ?? `id ${e.refersToId}`}`],
        ...(e.caseId === null ? [] : [[t('reports.dossier.field.caseId'), `#${e.caseId}`] as [string, string]]),
        ...(e.isSample ? [[t('reports.dossier.field.sample'), t('reports.yes')] as [string, string]] : []),
        [t('reports.dossier.field.summary'), e.summary],
        [t('reports.dossier.field.details'), e.details],
      ]);
      if (e.quotes.length) {
        pdf.paragraph(t('reports.dossier.field.quotes'), { font: 'bold', color: pdf.colors.muted });
        for (const q of e.quotes) pdf.quote(q);
      }
      if (e.attachments.length) {
        pdf.paragraph(t('reports.dossier.field.attachments'), { font: 'bold', color: pdf.colors.muted });
        pdf.table({
          columns: [
            { header: t('reports.dossier.attachment.exhibit'), width: 1.3 },
            { header: t('reports.dossier.attachment.name'), width: 3 },
            { header: t('reports.dossier.attachment.type'), width: 1.7 },
            { header: t('reports.dossier.attachment.size'), width: 1.5, align: 'right' },
            { header: t('reports.dossier.attachment.sha256'), width: 5 },
          ],
          rows: e.attachments.map((a) => [
            exhibitLabel(++nextExhibit),
            a.originalName,
            a.mediaType,
            t('reports.bytes', { size: f.number(a.sizeBytes), count: a.sizeBytes }),
            a.sha256,
          ]),
        });
        // beside the exhibits it concerns: whether the other party knew of the recording (an
        // entry written before the app asked says so, rather than print nothing)
        const audio = e.attachments.flatMap((a, i) =>
          isAudioFile(a.originalName) ? [exhibitLabel(nextExhibit - e.attachments.length + i + 1)] : [],
        );
        if (audio.length)
          pdf.keyValues([
            [
              t('reports.dossier.field.recordingConsent', { exhibits: audio.join(', ') }),
              e.recordingConsent === null
                ? t('journal.recordingConsent.notAsked')
                : t(`journal.recordingConsent.${e.recordingConsent}`, { defaultValue: e.recordingConsent }),
            ],
          ]);
      }
      // small enough that a 64-digit hash stays on one line, whole, for comparing and copying
      pdf.keyValues(
        [
          [t('reports.dossier.field.hash'), e.hash],
          [t('reports.dossier.field.hashVersion'), String(e.hashVersion)],
          [t('reports.dossier.field.prevHash'), e.prevHash],
        ],
        { valueSize: pdf.size.small - 0.5 },
      );
      const later = correctedBy.get(e.id);
      if (later && !asAmendment)
        pdf.paragraph(t('reports.dossier.amendedBy', { list: later.map((a) => `#${a.seq}`).join(', ') }), {
          color: pdf.colors.accent,
        });
      pdf.continues(null);
      pdf.spacer(4);
      pdf.rule();
      pdf.spacer(4);
    };

    let done = 0;
    for (const { entry, asAmendment } of printOrder(m.entries)) {
      entryBlock(entry, asAmendment);
      done++;
      if (ctx.onProgress && done % 50 === 0) ctx.onProgress(done, m.entries.length);
    }
  }

  // --- the exhibits as a lawyer files them, how to check the dossier without the app (with the
  // entries and the verifier attached), and the record keeper's declaration to sign by hand
  exhibitList(pdf, exhibits, t, f);
  verifierAppendix(pdf, m, t);
  attachVerifier(pdf, m, { t, lang: ctx.lang, documentId: ctx.documentId, createdAt: ctx.createdAt });
  declaration(pdf, m, t, ctx.documentId);
  ctx.onProgress?.(m.entries.length, m.entries.length);
}
