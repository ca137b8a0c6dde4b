// The client value report: recommendation with its reasons, health, vector charts, every
// figure with how it is computed, and the red flags with the records behind them.
import type { ClientValuationView } from '../../shared/contract/valuation';
import { figureGroups as groups } from '../../shared/domain/valuation';
import {
  figureLabelKey,
  formatFigure,
  formatFlagParams,
  formatParams,
  type Figure,
  type Param,
} from '../../shared/domain/valuation-explain';
import { otherCurrencyLine } from '../../shared/domain/conversion';
import { horizontalBars } from './charts';
import type { Pdf } from './kit';
import type { DocumentFormat, Translate } from './translate';

export interface ValueModel {
  business: { name: string; ownerName: string; ownerTitle: string };
  client: { id: number; name: string; company: string };
  appVersion: string;
  valuation: ClientValuationView;
  /** evidence records as people name them: invoice numbers, journal sequence numbers */
  evidence: {
    invoices: { id: number; number: string; issuedOn: string }[];
    entries: { id: number; seq: number; occurredAt: string }[];
  };
}

const levelColor = { none: '#9aa5b1', note: '#c98a00', flag: '#b00020' } as const;

export function valueInfo(m: ValueModel, t: Translate) {
  return {
    title: `${t('reports.value.title')} — ${m.client.name}`,
    author: m.business.ownerName,
    subject: t('reports.value.subject', { client: m.client.name }),
  };
}

export function renderValueReport(pdf: Pdf, m: ValueModel, ctx: { t: Translate; f: DocumentFormat; createdAt: string }) {
  const { t, f } = ctx;
  const v = m.valuation;
  const cur = v.currency;
  // the same formatting as the Value tab (shared/domain/valuation-explain.ts)
  const params = (ps: Record<string, Param>, i18nKey?: string) => formatParams(ps, cur, f.lang, i18nKey);
  const value = (fig: Figure): string => formatFigure(fig, cur, f.lang, t('reports.none'));

  pdf.titleBlock({
    overline: m.business.name,
    title: t('reports.value.title'),
    subtitle: m.client.company ? `${m.client.name} — ${m.client.company}` : m.client.name,
  });
  pdf.keyValues([
    [t('reports.dossier.client'), m.client.company ? `${m.client.name} (${m.client.company})` : m.client.name],
    [
      t('reports.value.window'),
      t('value.windowLabel', {
        from: f.date(v.window.from),
        to: f.date(v.window.to),
        months: f.number(v.activeMonths),
        count: v.activeMonths,
      }),
    ],
    [t('reports.dossier.preparedBy'), [m.business.ownerName, m.business.ownerTitle, m.business.name].filter(Boolean).join(', ')],
    [t('reports.dossier.generatedAt'), f.dateTime(ctx.createdAt)],
    [t('reports.value.currency'), cur],
  ]);
  // what is in other currencies: left out, or counted at the owner's dated rate (conversion.ts)
  if (v.otherCurrencies.length > 0) {
    pdf.heading(t('value.currencies.title'), 3);
    for (const o of v.otherCurrencies) {
      const line = otherCurrencyLine(o, cur, f.lang);
      pdf.paragraph(t(line.key, line.params), { color: o.rate ? pdf.colors.ink : pdf.colors.warning });
    }
  }

  // --- the answer first: recommendation and why
  pdf.heading(t('value.recommendation.title'), 2);
  pdf.paragraph(t(`value.recommendation.action.${v.recommendation.action}`), {
    font: 'bold',
    size: 14,
    color: pdf.colors.accent,
  });
  for (const r of v.recommendation.reasons)
    pdf.paragraph(`• ${t(`value.reasons.${r.key}`, params(r.params, `value.reasons.${r.key}`))}`, { indent: 8 });
  pdf.paragraph(t('reports.value.health', { score: v.health.score, band: t(`value.flags.band.${v.health.band}`) }), {
    font: 'bold',
    color: v.health.band === 'red' ? pdf.colors.warning : pdf.colors.ink,
  });
  pdf.paragraph(t('value.recommendation.advice'), { color: pdf.colors.muted, size: pdf.size.small });

  // --- charts
  pdf.heading(t('reports.value.charts'), 2);
  const moneyBars = (['revenue', 'collected', 'costToServe', 'margin'] as const).map((n) => ({
    label: t(`value.figures.${n}`),
    value: v.figures[n].value ?? 0,
    text: value(v.figures[n]),
    color: n === 'costToServe' ? '#8a9bb0' : undefined,
  }));
  horizontalBars(pdf, moneyBars, { title: t('reports.value.moneyChart') });
  horizontalBars(
    pdf,
    [...v.costByKind]
      .sort((a, b) => b.costMinor - a.costMinor)
      .map((k) => ({
        label: t(`journal.kinds.${k.kind}`),
        value: k.costMinor,
        text: f.money(k.costMinor, cur),
        color: '#5b7fa6',
      })),
    { title: t('reports.value.costChart') },
  );
  horizontalBars(
    pdf,
    v.flags.map((fl) => ({
      label: t(`value.signs.${fl.sign}`),
      value: fl.score,
      text: f.percent(fl.score, 0),
      color: levelColor[fl.level],
    })),
    { title: t('reports.value.flagsChart'), max: 1 },
  );

  // --- every figure with its explanation
  pdf.heading(t('reports.value.figures'), 2);
  for (const g of groups) {
    pdf.heading(t(`value.groups.${g.key}`), 3);
    pdf.table({
      columns: [
        { header: t('reports.value.col.figure'), width: 2.2 },
        { header: t('reports.value.col.value'), width: 1.8, align: 'right' },
        { header: t('reports.value.col.how'), width: 6 },
      ],
      rows: g.figures.map((n) => {
        const fig = v.figures[n];
        const how = t(`value.how.${fig.how}`, params(fig.params, `value.how.${fig.how}`));
        return [
          t(figureLabelKey(n, fig)),
          value(fig),
          fig.warning ? `${how} ${t(`value.warnings.${fig.warning}`, params(fig.params))}` : how,
        ];
      }),
    });
  }
  pdf.heading(t('value.costByKind'), 3);
  pdf.table({
    columns: [
      { header: t('value.costColumns.kind'), width: 3 },
      { header: t('value.costColumns.entries'), width: 1, align: 'right' },
      { header: t('value.costColumns.minutes'), width: 1.3, align: 'right' },
      { header: t('value.costColumns.cost'), width: 2, align: 'right' },
    ],
    rows: v.costByKind.map((k) => [
      t(`journal.kinds.${k.kind}`),
      f.number(k.entries),
      f.number(k.minutes, 0),
      f.money(k.costMinor, cur),
    ]),
  });

  // --- what the margins cover: the paid capacity against the time in clients' cost to serve
  const cap = v.capacity;
  if (cap) {
    pdf.heading(t('portfolio.capacity.title'), 3);
    pdf.paragraph(
      cap.coveredShare === null
        ? t('portfolio.capacity.noHours')
        : t('portfolio.capacity.covered', {
            assigned: f.number(cap.assignedHours, 1),
            logged: f.number(cap.loggedHours, 1),
            delivery: f.number(cap.deliveryHours, 1),
            paid: f.number(cap.paidHours, 1),
            share: f.percent(cap.coveredShare),
          }),
    );
    pdf.paragraph(
      t('portfolio.capacity.unassigned', {
        hours: f.number(cap.unassignedHours, 1),
        cost: f.money(cap.unassignedCostMinor, cur),
      }),
    );
    pdf.paragraph(t('portfolio.totals.notProfit'), { color: pdf.colors.muted, size: pdf.size.small });
  }

  // --- red flags with the records behind them
  pdf.heading(t('value.flags.title'), 2);
  pdf.paragraph(t('value.flags.patternHelp'), { color: pdf.colors.muted, size: pdf.size.small });
  const invoices = new Map(m.evidence.invoices.map((i) => [i.id, i]));
  const entries = new Map(m.evidence.entries.map((e) => [e.id, e]));
  pdf.table({
    columns: [
      { header: t('reports.value.col.sign'), width: 2.4 },
      { header: t('reports.value.col.level'), width: 1.2 },
      { header: t('reports.value.col.score'), width: 0.9, align: 'right' },
      { header: t('reports.value.col.why'), width: 3.5 },
      { header: t('value.flags.evidence'), width: 3 },
    ],
    rows: v.flags.map((fl) => {
      const ev = [
        ...fl.invoiceIds.map((id) => {
          const inv = invoices.get(id);
          return inv ? t('reports.value.evidenceInvoice', { number: inv.number, date: f.date(inv.issuedOn) }) : `#${id}`;
        }),
        ...fl.entryIds.map((id) => {
          const e = entries.get(id);
          return e ? t('reports.value.evidenceEntry', { seq: e.seq, date: f.date(e.occurredAt) }) : `#${id}`;
        }),
      ];
      const shown = ev.slice(0, 12).join(', ') + (ev.length > 12 ? ` ${t('reports.value.more', { count: ev.length - 12 })}` : '');
      return [
        t(`value.signs.${fl.sign}`),
        t(`value.flags.level.${fl.level}`),
        f.percent(fl.score, 0),
        fl.level === 'none'
          ? t('reports.none')
          : t(`value.flags.how.${fl.how}`, formatFlagParams(fl.params, f.lang, `value.flags.how.${fl.how}`)),
        shown || t('reports.none'),
      ];
    }),
  });
  // the trend "pays later each cycle", with its invoices (outside every score: valuation-trend.ts)
  if (v.trend) {
    pdf.paragraph(t('value.flags.trend.title'), { font: 'bold', color: pdf.colors.warning });
    const cited = v.trend.invoiceIds.map((id) => {
      const inv = invoices.get(id);
      return inv ? t('reports.value.evidenceInvoice', { number: inv.number, date: f.date(inv.issuedOn) }) : `#${id}`;
    });
    pdf.paragraph(
      `${t('value.flags.trend.how', { count: v.trend.invoiceIds.length, days: v.trend.daysLate.map((d) => f.number(d)).join(' → ') })} ${t('value.flags.evidence')}: ${cited.join(', ')}`,
    );
  }
}
