import { dispatch } from '../../src/main/dispatch';
import type { InputOf, MethodName, OutputOf } from '../../src/shared/contract';
import type { ApiErrorShape } from '../../src/shared/errors';
import { appendJournalEntry } from '../../src/main/journal/chain';
import { sampleProfile, type TempApp } from './temp-db';

/** Calls the API the way the renderer does (schema parsing and defaults), unwrapping the envelope. */
export async function call<K extends MethodName>(app: TempApp, name: K, input?: InputOf<K>): Promise<OutputOf<K>> {
  const r = await dispatch(app.api, name, input);
  if (!r.ok) throw Object.assign(new Error(`${r.error.code}: ${r.error.message}`), { shape: r.error });
  return r.value as OutputOf<K>;
}

/** The error a call fails with. */
export async function failure<K extends MethodName>(app: TempApp, name: K, input?: InputOf<K>): Promise<ApiErrorShape> {
  const r = await dispatch(app.api, name, input);
  if (r.ok) throw new Error(`${name} was expected to fail`);
  return r.error;
}

/** A profile, an active client with one unpaid invoice (₺12,500.00) and a few journal entries. */
export function seedDifficultClient(app: TempApp, opts: { status?: string } = {}) {
  app.services.settings.saveProfile(sampleProfile);
  const client = app.services.clients.create({
    name: 'Mehmet Kaya',
    company: 'Kaya İnşaat',
    email: 'mehmet@kaya.com.tr',
    phone: '',
    status: (opts.status ?? 'active') as 'active',
    clientSince: '2025-01-10',
    acquisitionChannel: '',
    acquisitionCostMinor: 0,
    isHighProfile: false,
    paymentTermsKind: 'days',
    paymentTermsValue: 30,
    notes: '',
  });
  const at = '2026-10-01T09:00:00.000Z';
  const invoice = app.database.sqlite
    .prepare(
      `INSERT INTO invoices (client_id, number, issued_on, due_on, amount_minor, currency, created_at, updated_at)
       VALUES (?, 'F-2026-017', '2026-10-01', '2026-10-31', 1250000, 'TRY', ?, ?)`,
    )
    .run(client.id, at, at);
  const ctx = app.services.ctx;
  const base = { clientId: client.id, channel: 'email', occurredAt: '2026-09-15T10:00:00.000Z' };
  const launch = appendJournalEntry(ctx, { ...base, kind: 'resolution', summary: 'Launched the new online shop' });
  const seo = appendJournalEntry(ctx, { ...base, kind: 'resolution', summary: 'Doubled organic traffic in six months' });
  appendJournalEntry(ctx, {
    ...base,
    kind: 'incident_abuse',
    channel: 'phone',
    summary: 'Shouted at our designer on the phone',
    people: ['Can Demir'],
    witnesses: ['Elif Şahin'],
    severity: 'high',
  });
  return { client, invoiceId: Number(invoice.lastInsertRowid), achievementIds: [launch.id, seo.id] };
}

export const letterFree = (text: string) => `Subject\n\n${text}`;

/** Answers for each step of "part ways", in order. */
export function partWaysAnswers(achievementIds: number[]): [string, Record<string, unknown>][] {
  const row = (note: string) => ({ done: true, doneOn: '2026-11-25', note });
  return [
    ['evaluate', { reason: 'Costs more than he pays; abuse of staff.' }],
    ['messenger', { messengerName: 'Ayşe Yılmaz', messengerRole: 'Founder' }],
    [
      'talking_points',
      {
        direct: 'We are ending our work together.',
        decisive: 'The decision is final.',
        kind: 'We will make the handover easy.',
        transitionPlan: 'All files and access within a week.',
        lastDay: '2026-12-31',
      },
    ],
    ['finances', { note: 'One invoice open.' }],
    [
      'handover',
      {
        checklist: {
          account_access: row('Admin rights transferred'),
          credentials: row('Password manager vault shared'),
          files: row('Drive folder shared'),
          domains: row('kaya.com.tr transfer code sent'),
          assets: row('Logo sources delivered'),
        },
        clientConfirmed: true,
        confirmedOn: '2026-11-26',
      },
    ],
    [
      'final_report',
      {
        achievementEntries: achievementIds,
        achievements: 'Cut page load time by half',
        deliverables: 'Online shop, brand guide',
        openItems: 'Newsletter template',
      },
    ],
    ['letter', { letter: letterFree('We are letting you go because we cannot meet your needs.') }],
    ['close', { note: '' }],
  ];
}
