// The final handover report of a part-ways case (DOMAIN.md §3 "Letting go": full access handed
// over, and a final report of what was achieved), as plain sections any renderer can lay out.
import { formatDate, formatMoney, type Language } from '../format';
import { interpolate, stepTitle, type OffboardingCatalogue } from './journal-text';
import { pathSpecs } from './paths';
import { handoverItems, type OffboardingPath, type StepValues } from './types';

export interface ReportSection {
  heading: string;
  paragraphs: string[];
  items: string[];
  table: { columns: string[]; rows: string[][] } | null;
}

export interface SavedLetter {
  title: string;
  text: string;
}

export interface FinalReport {
  overline: string;
  title: string;
  subtitle: string;
  sections: ReportSection[];
}

export interface FinalReportInput {
  m: OffboardingCatalogue;
  lang: Language;
  clientName: string;
  owner: { businessName: string; ownerName: string; ownerTitle: string } | null;
  values: StepValues;
  /** the journal entries the owner picked as achievements */
  picks: { occurredAt: string; summary: string }[];
  unpaidMinor: number;
  currency: string;
}

const lines = (v: unknown) =>
  typeof v === 'string'
    ? v
        .split('\n')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];

const section = (heading: string, part: Partial<ReportSection>): ReportSection => ({
  heading,
  paragraphs: [],
  items: [],
  table: null,
  ...part,
});

export function finalReport(i: FinalReportInput): FinalReport {
  const { m, lang } = i;
  const report = i.values['final_report'] ?? {};
  const handover = i.values['handover'] ?? {};
  const checklist = (handover['checklist'] ?? {}) as Record<string, { done: boolean; doneOn: string | null; note: string }>;
  const confirmedOn = typeof handover['confirmedOn'] === 'string' ? handover['confirmedOn'] : null;
  const isConfirmed = handover['clientConfirmed'] === true;
  const openItems = lines(report['openItems']);
  return {
    overline: i.owner?.businessName ?? '',
    title: m.report.title,
    subtitle: [
      interpolate(m.report.preparedFor, { client: i.clientName }),
      i.owner ? interpolate(m.report.preparedBy, { owner: i.owner.ownerName, business: i.owner.businessName }) : '',
    ]
      .filter(Boolean)
      .join(' · '),
    sections: [
      section(m.report.achievements, {
        items: [...i.picks.map((p) => `${formatDate(p.occurredAt, lang)}: ${p.summary}`), ...lines(report['achievements'])],
      }),
      section(m.report.deliverables, { paragraphs: lines(report['deliverables']) }),
      section(m.report.handover, {
        table: {
          columns: [m.report.item, m.fields.doneOn, m.fields.note],
          rows: handoverItems.map((item) => {
            const row = checklist[item];
            return [
              m.handoverItems[item],
              row?.done ? (row.doneOn ? formatDate(row.doneOn, lang) : m.fields.done) : m.report.notDone,
              row?.note ?? '',
            ];
          }),
        },
      }),
      section(m.report.confirmation, {
        paragraphs: [
          isConfirmed
            ? confirmedOn
              ? interpolate(m.report.confirmedOn, { date: formatDate(confirmedOn, lang) })
              : m.fields.yes
            : m.report.notConfirmed,
        ],
      }),
      section(m.report.finances, {
        paragraphs: [
          i.unpaidMinor > 0
            ? interpolate(m.report.outstanding, { amount: formatMoney(i.unpaidMinor, i.currency, lang) })
            : m.report.settled,
        ],
      }),
      ...(openItems.length ? [section(m.report.openItems, { items: openItems })] : []),
    ],
  };
}

/** Every letter saved in a case, in step order, titled by its step. */
export function savedLetters(m: OffboardingCatalogue, path: OffboardingPath, values: StepValues): SavedLetter[] {
  const out: SavedLetter[] = [];
  for (const step of pathSpecs[path].steps) {
    for (const f of step.fields) {
      const text = values[step.id]?.[f.name];
      if (f.type === 'letter' && typeof text === 'string' && text.trim()) out.push({ title: stepTitle(m, path, step.id), text });
    }
  }
  return out;
}

/** The report as plain text: for the clipboard, and wherever a PDF cannot be made. */
export function reportText(r: FinalReport): string {
  const out = [r.overline, r.title, r.subtitle, ''];
  for (const s of r.sections) {
    out.push(s.heading, ...s.paragraphs, ...s.items.map((i) => `• ${i}`));
    if (s.table) for (const row of s.table.rows) out.push(`• ${row.filter(Boolean).join(' — ')}`);
    out.push('');
  }
  return out
    .filter((l, i) => l !== '' || i > 0)
    .join('\n')
    .trim();
}
