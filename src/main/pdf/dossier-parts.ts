// The parts of the incident dossier a lawyer asks for, beside the entries themselves: its model,
// the order entries and exhibits are printed in, the summary of incidents by kind, the list of
// exhibits and the record keeper's declaration (rendered by dossier.ts).
import type { ChainEntry, ChainFailure } from '../../shared/domain/journal-chain';
import type { ChainSummary } from '../../shared/domain/dossier-manifest';
import { journalKinds } from '../../shared/domain/journal-kinds';
import type { Pdf } from './kit';
import type { DocumentFormat, Translate } from './translate';

export interface DossierEntry {
  id: number;
  seq: number;
  kind: string;
  channel: string;
  occurredAt: string;
  recordedAt: string;
  durationMinutes: number | null;
  summary: string;
  details: string;
  quotes: string[];
  people: string[];
  witnesses: string[];
  severity: string;
  /** red-flag sign ids */
  signs: string[];
  /** for complaints: what it is about */
  category: string | null;
  /** with an audio recording attached: whether the other party knew it was recorded */
  recordingConsent: string | null;
  amendsId: number | null;
  refersToId: number | null;
  caseId: number | null;
  isSample: boolean;
  /** who wrote it ('' on hash-version-1 entries, written before authors were recorded) */
  author: string;
  /** the author's name as shown: a team person's name for their login role (team_people), else the author as recorded */
  authorName?: string;
  hashVersion: number;
  hash: string;
  prevHash: string;
  attachments: { sha256: string; originalName: string; sizeBytes: number; mediaType: string }[];
  /** the stored entry exactly as its hash covers it (canonicalised generically: sorted keys, NFC) */
  hashed: ChainEntry;
}

export interface DossierModel {
  business: { name: string; ownerName: string; ownerTitle: string; place: string };
  /** who may write in this journal: the owner in the single-user app (a team lists its people) */
  writers: string[];
  /** a team's journal: the people who may write (owners and staff), with their role; absent in a single-user file */
  teamWriters?: { name: string; login: string; role: 'owner' | 'staff' }[];
  client: { id: number; name: string; company: string };
  range: { from: string | null; to: string | null };
  kinds: string[];
  appVersion: string;
  entries: DossierEntry[];
  /** every entry of the client's journal, chosen or not: the dossier says how many it leaves out */
  totalEntries: number;
  chains: (ChainSummary & { clientName: string })[];
  verification: {
    ok: boolean;
    checkedAt: string;
    entriesChecked: number;
    attachmentsChecked: number;
    failure: ChainFailure | null;
  };
}

/** A record written more than a day after the event is marked (DOMAIN.md §6: "at or near the time"). */
export const lateAfterMs = 24 * 3600 * 1000;

export function delayMs(e: Pick<DossierEntry, 'occurredAt' | 'recordedAt'>): number {
  return Date.parse(e.recordedAt) - Date.parse(e.occurredAt);
}

/** Kinds a lawyer looks for first, in this order; the other kinds follow in the journal's order. */
const incidentFirst = [
  'incident_threat',
  'incident_abuse',
  'incident_dishonesty',
  'public_complaint',
  'complaint',
  'advice_ignored',
  'missed_meeting',
  'no_response',
  'scope_change',
  'price_pushback',
  'revision_request',
  'stop_work_notice',
  'payment_reminder',
];

/** The entries as printed: in chain order, each correction right after what it corrects. */
export function printOrder(entries: readonly DossierEntry[]): { entry: DossierEntry; asAmendment: boolean }[] {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const amendments = new Map<number, DossierEntry[]>();
  for (const e of entries) {
    if (e.amendsId !== null && byId.has(e.amendsId)) {
      const l = amendments.get(e.amendsId) ?? [];
      l.push(e);
      amendments.set(e.amendsId, l);
    }
  }
  const out: { entry: DossierEntry; asAmendment: boolean }[] = [];
  const walk = (e: DossierEntry, asAmendment: boolean) => {
    out.push({ entry: e, asAmendment });
    for (const a of amendments.get(e.id) ?? []) walk(a, true);
  };
  for (const e of entries) if (e.amendsId === null || !byId.has(e.amendsId)) walk(e, false);
  return out;
}

export interface DossierExhibit {
  /** 1, 2, … in the order the dossier prints them */
  n: number;
  entrySeq: number;
  attachment: DossierEntry['attachments'][number];
}

/** Every attachment as a numbered exhibit, in reading order (the bundle export names files so). */
export function dossierExhibits(entries: readonly DossierEntry[]): DossierExhibit[] {
  let n = 0;
  return printOrder(entries).flatMap(({ entry }) =>
    entry.attachments.map((attachment) => ({ n: ++n, entrySeq: entry.seq, attachment })),
  );
}

/** The incidents at a glance, on the first page: per kind, how many, when, and which entries. */
export function incidentSummary(pdf: Pdf, m: DossierModel, t: Translate, f: DocumentFormat, kindLabel: (k: string) => string) {
  pdf.heading(t('reports.dossier.incidentSummary'), 2);
  if (m.entries.length === 0) pdf.paragraph(t('reports.dossier.noEntries'));
  else {
    const groups = new Map<string, DossierEntry[]>();
    for (const e of m.entries) groups.set(e.kind, [...(groups.get(e.kind) ?? []), e]);
    const rank = (k: string) => {
      const i = incidentFirst.indexOf(k);
      return i >= 0 ? i : incidentFirst.length + (journalKinds as readonly string[]).indexOf(k);
    };
    const shown = 40;
    pdf.table({
      columns: [
        { header: t('reports.dossier.summaryTable.kind'), width: 2.2 },
        { header: t('reports.dossier.summaryTable.count'), width: 0.9, align: 'right' },
        { header: t('reports.dossier.summaryTable.dates'), width: 2.6 },
        { header: t('reports.dossier.summaryTable.entries'), width: 4 },
      ],
      rows: [...groups.entries()]
        .sort(([a], [b]) => rank(a) - rank(b))
        .map(([k, list]) => {
          const first = list[0]!.occurredAt;
          const last = list.reduce((x, e) => (e.occurredAt > x ? e.occurredAt : x), first);
          const earliest = list.reduce((x, e) => (e.occurredAt < x ? e.occurredAt : x), first);
          const nums = list.slice(0, shown).map((e) => `#${e.seq}`);
          if (list.length > shown) nums.push(t('reports.dossier.andMore', { count: list.length - shown }));
          return [
            kindLabel(k),
            f.number(list.length),
            f.day(earliest) === f.day(last) ? f.day(earliest) : `${f.day(earliest)} – ${f.day(last)}`,
            nums.join(', '),
          ];
        }),
    });
  }
}

/** Every attachment once more, by exhibit number, as a lawyer files them. */
export function exhibitList(pdf: Pdf, exhibits: readonly DossierExhibit[], t: Translate, f: DocumentFormat) {
  const exhibitLabel = (n: number) => t('reports.dossier.exhibit', { n });
  if (exhibits.length) {
    pdf.pageBreak();
    pdf.heading(t('reports.dossier.exhibits'), 2);
    pdf.paragraph(t('reports.dossier.exhibitsText'), { color: pdf.colors.muted, size: pdf.size.small });
    pdf.table({
      columns: [
        { header: t('reports.dossier.attachment.exhibit'), width: 1.3 },
        { header: t('reports.dossier.col.seq'), width: 0.7, align: 'right' },
        { header: t('reports.dossier.attachment.name'), width: 3 },
        { header: t('reports.dossier.attachment.size'), width: 1.5, align: 'right' },
        { header: t('reports.dossier.attachment.sha256'), width: 5 },
      ],
      rows: exhibits.map((x) => [
        exhibitLabel(x.n),
        `#${x.entrySeq}`,
        x.attachment.originalName,
        t('reports.bytes', { size: f.number(x.attachment.sizeBytes), count: x.attachment.sizeBytes }),
        x.attachment.sha256,
      ]),
    });
  }
}

/** The last page: what the record keeper declares, with their name, title, place, and lines to sign. */
export function declaration(pdf: Pdf, m: DossierModel, t: Translate, documentId: string) {
  pdf.pageBreak();
  pdf.heading(t('reports.dossier.declaration'), 2);
  pdf.paragraph(
    t('reports.dossier.declarationText', {
      owner: m.business.ownerName,
      role: m.business.ownerTitle ? `${m.business.ownerTitle}, ${m.business.name}` : m.business.name,
      client: m.client.name,
      count: m.entries.length,
      id: documentId,
    }),
  );
  pdf.spacer(10);
  const blank = '_______________________________';
  pdf.keyValues([
    [t('reports.dossier.sign.name'), m.business.ownerName],
    [t('reports.dossier.sign.title'), m.business.ownerTitle || blank],
    [t('reports.dossier.sign.business'), m.business.name],
    [t('reports.dossier.sign.place'), m.business.place || blank],
    [t('reports.dossier.sign.date'), blank],
  ]);
  pdf.spacer(20);
  pdf.signature({ name: t('reports.dossier.sign.signature') });
}
