import {
  BarElement,
  CategoryScale,
  Chart as ChartJS,
  Legend,
  LineElement,
  LinearScale,
  PointElement,
  Tooltip,
  Filler,
} from 'chart.js';
import { Bar, Line, Scatter } from 'react-chartjs-2';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { PortfolioView } from '@shared/contract/valuation';
import { ageingBuckets } from '@shared/domain/invoice-standing';
import { localeOf, minorToMajor } from '@shared/domain/format';
import { useFormat } from '../../lib/format';
import { ChartCard } from './chart-card';

ChartJS.register(CategoryScale, LinearScale, PointElement, LineElement, BarElement, Tooltip, Legend, Filler);

const bandColors = { green: '#2f9e44', amber: '#f08c00', red: '#e03131' } as const;

export function WhaleCurve({ p }: { p: PortfolioView }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const major = (m: number) => minorToMajor(m, p.currency);
  return (
    <ChartCard
      id="whale"
      title={t('portfolio.whale.title')}
      empty={p.totals.revenueMinor === 0 ? t('portfolio.noRevenue') : null}
      help={t('portfolio.whale.help')}
      columns={[
        t('portfolio.whale.rank'),
        t('portfolio.whale.client'),
        t('portfolio.whale.margin'),
        t('portfolio.whale.cumulative'),
      ]}
      rows={p.whale.map((w, i) => [
        i + 1,
        w.name,
        fmt.money(w.marginMinor, p.currency),
        fmt.money(w.cumulativeMinor, p.currency),
      ])}
      chart={
        <Line
          data={{
            labels: p.whale.map((_, i) => String(i + 1)),
            datasets: [
              {
                label: t('portfolio.whale.cumulative'),
                data: p.whale.map((w) => major(w.cumulativeMinor)),
                borderColor: '#1971c2',
                backgroundColor: 'rgba(25,113,194,0.1)',
                fill: true,
                pointRadius: 2,
              },
            ],
          }}
          options={{
            locale: localeOf(fmt.lang),
            maintainAspectRatio: false,
            animation: false,
            plugins: {
              legend: { display: false },
              tooltip: {
                callbacks: {
                  title: (items) => p.whale[items[0]?.dataIndex ?? 0]?.name ?? '',
                  label: (item) => {
                    const w = p.whale[item.dataIndex]!;
                    return `${t('portfolio.whale.margin')}: ${fmt.money(w.marginMinor, p.currency)} · ${t('portfolio.whale.cumulative')}: ${fmt.money(w.cumulativeMinor, p.currency)}`;
                  },
                },
              },
            },
            scales: { x: { title: { display: true, text: t('portfolio.whale.rank') } } },
          }}
        />
      }
    />
  );
}

export function RevenueVsCost({ p }: { p: PortfolioView }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const navigate = useNavigate();
  const major = (m: number) => minorToMajor(m, p.currency);
  const max = Math.max(1, ...p.rows.map((r) => Math.max(major(r.revenueMinor), major(r.costToServeMinor))));
  return (
    <ChartCard
      id="scatter"
      title={t('portfolio.scatter.title')}
      empty={p.totals.revenueMinor === 0 && p.totals.costToServeMinor === 0 ? t('portfolio.noRevenue') : null}
      help={t('portfolio.scatter.help')}
      columns={[
        t('portfolio.whale.client'),
        t('portfolio.scatter.revenue'),
        t('portfolio.scatter.cost'),
        t('portfolio.whale.margin'),
      ]}
      rows={p.rows.map((r) => [
        r.name,
        fmt.money(r.revenueMinor, p.currency),
        fmt.money(r.costToServeMinor, p.currency),
        fmt.money(r.marginMinor, p.currency),
      ])}
      chart={
        <Scatter
          data={{
            datasets: [
              {
                label: t('portfolio.scatter.title'),
                data: p.rows.map((r) => ({ x: major(r.revenueMinor), y: major(r.costToServeMinor) })),
                backgroundColor: p.rows.map((r) => bandColors[r.band]),
                pointRadius: 5,
                pointHoverRadius: 7,
              },
              {
                label: '=',
                type: 'line' as never,
                data: [
                  { x: 0, y: 0 },
                  { x: max, y: max },
                ],
                borderColor: '#adb5bd',
                borderDash: [4, 4],
                pointRadius: 0,
              },
            ],
          }}
          options={{
            locale: localeOf(fmt.lang),
            maintainAspectRatio: false,
            animation: false,
            onClick: (_e, elements) => {
              const hit = elements.find((el) => el.datasetIndex === 0);
              if (hit) void navigate(`/clients/${p.rows[hit.index]!.clientId}?tab=value`);
            },
            plugins: {
              legend: { display: false },
              tooltip: {
                filter: (item) => item.datasetIndex === 0,
                callbacks: {
                  label: (item) => {
                    const r = p.rows[item.dataIndex]!;
                    return `${r.name}: ${fmt.money(r.revenueMinor, p.currency)} / ${fmt.money(r.costToServeMinor, p.currency)}`;
                  },
                },
              },
            },
            scales: {
              x: {
                title: { display: true, text: t('portfolio.scatter.revenue') },
                min: 0,
                ticks: { callback: (v) => fmt.number(Number(v)) },
              },
              y: {
                title: { display: true, text: t('portfolio.scatter.cost') },
                min: 0,
                ticks: { callback: (v) => fmt.number(Number(v)) },
              },
            },
          }}
        />
      }
    />
  );
}

export function Ageing({ p }: { p: PortfolioView }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const labels = ageingBuckets.map((b) => t(`portfolio.ageing.buckets.${b}`));
  return (
    <ChartCard
      id="ageing"
      title={t('portfolio.ageing.title')}
      empty={ageingBuckets.every((b) => p.ageing[b] === 0) ? t('portfolio.noOutstanding') : null}
      columns={[t('portfolio.ageing.bucket'), t('portfolio.ageing.amount')]}
      rows={ageingBuckets.map((b, i) => [labels[i]!, fmt.money(p.ageing[b], p.currency)])}
      chart={
        <Bar
          data={{
            labels,
            datasets: [
              {
                label: t('portfolio.ageing.amount'),
                data: ageingBuckets.map((b) => minorToMajor(p.ageing[b], p.currency)),
                backgroundColor: ['#74c0fc', '#ffd43b', '#ffa94d', '#ff8787', '#e03131'],
              },
            ],
          }}
          options={{
            locale: localeOf(fmt.lang),
            maintainAspectRatio: false,
            animation: false,
            plugins: { legend: { display: false } },
          }}
        />
      }
    />
  );
}

export function HealthDistribution({ p }: { p: PortfolioView }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const bands = ['green', 'amber', 'red'] as const;
  return (
    <ChartCard
      id="health"
      title={t('portfolio.health.title')}
      columns={[t('portfolio.health.band'), t('portfolio.health.clients')]}
      rows={bands.map((b) => [t(`value.flags.band.${b}`), fmt.number(p.healthBands[b])])}
      chart={
        <Bar
          data={{
            labels: bands.map((b) => t(`value.flags.band.${b}`)),
            datasets: [
              {
                label: t('portfolio.health.clients'),
                data: bands.map((b) => p.healthBands[b]),
                backgroundColor: bands.map((b) => bandColors[b]),
              },
            ],
          }}
          options={{
            locale: localeOf(fmt.lang),
            maintainAspectRatio: false,
            animation: false,
            plugins: { legend: { display: false } },
            scales: { y: { ticks: { precision: 0 } } },
          }}
        />
      }
    />
  );
}
