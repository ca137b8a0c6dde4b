// The sample business: a deterministic, seeded generator of clients with invoices, payments,
// direct costs and journal entries (valid per-client hash chains), all marked is_sample = 1.
// The same generator powers "explore with sample data" (40 clients) and the benchmark
// (`npm run cli -- sample --clients 10000`: ~200,000 invoices, ~1,000,000 journal entries),
// so it inserts in large transactions with prepared statements.
import { clientInserter } from '../clients/service';
import { complaintCategories, splitSigns, topicSign, type ComplaintCategory } from '../../shared/domain/journal-entry';
import type { SampleLoadResult } from '../../shared/contract/sample';
import type { Language } from '../../shared/domain/format';
import { defaultStandardMinutes, type JournalKind } from '../../shared/domain/journal-kinds';
import type { RedFlagSign } from '../../shared/domain/red-flags';
import { signKinds } from '../../shared/domain/valuation-flags';
import { addDays, addMonths } from '../../shared/domain/valuation-window';
import { contactKinds } from '../../shared/domain/valuation-facts';
import type { ServiceContext } from '../core/context';
import { appendJournalEntries, type NewJournalEntry } from '../journal/chain';
import { archetypes, cast, channelsByKind, clientName, type Archetype } from './archetypes';
import { createPrng, type Prng } from './prng';
import { storeExhibit, writeSampleStories, type StoryClient } from './stories';
import { sampleProfiles, sampleTexts, type SampleTexts } from './texts';

export interface SampleOptions {
  clients: number;
  seed: number;
  language: Language;
  /** clients generated per transaction batch */
  batchSize?: number;
  onProgress?: (p: { clientsDone: number; clientsTotal: number; journalEntries: number }) => void;
}

const historyMonths = 24;
const currencyScale: Record<string, number> = { TRY: 1, AZN: 0.05, EUR: 0.025, USD: 0.028, GBP: 0.022 };
const prospectSlots = new Set([14, 15]);

interface Plan {
  index: number;
  archetype: Archetype;
  status: 'active' | 'former' | 'prospect';
  since: string;
  leftOn: string | null;
}

function planClient(rng: Prng, i: number, today: string): Plan {
  const key =
    i < cast.length
      ? cast[i]!
      : rng.chance(0.3)
        ? rng.pick(Object.keys(signKinds) as RedFlagSign[])
        : rng.chance(0.07)
          ? 'former'
          : 'normal';
  const archetype = archetypes[key];
  const isProspect = prospectSlots.has(i) && i >= cast.length;
  const since = isProspect
    ? addDays(today, -rng.int(3, 40))
    : addMonths(today, -(key === 'former' || rng.chance(0.8) ? rng.int(14, 36) : rng.int(3, 12)));
  const leftOn = key === 'former' ? addMonths(today, -rng.int(2, 10)) : null;
  return { index: i, archetype, status: isProspect ? 'prospect' : leftOn ? 'former' : 'active', since, leftOn };
}

function timestamp(rng: Prng, day: string, outOfHours: boolean): string {
  // Ordinary work happens on weekdays: a Saturday moves to Friday, a Sunday to Monday.
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  if (!outOfHours && weekday === 6) day = addDays(day, -1);
  if (!outOfHours && weekday === 0) day = addDays(day, 1);
  const hour = outOfHours ? rng.pick([6, 7, 20, 21, 22]) : rng.int(9, 17);
  return `${day}T${String(hour).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:00.000Z`;
}

export function generateSampleBusiness(ctx: ServiceContext, opts: SampleOptions): SampleLoadResult {
  const rng = createPrng(opts.seed);
  const now = ctx.now();
  const today = now.toISOString().slice(0, 10);
  const yesterday = addDays(today, -1);
  const historyStart = addMonths(today, -historyMonths);
  const yearAgo = addMonths(today, -12);
  const texts = sampleTexts[opts.language];
  const author = sampleProfiles[opts.language].ownerName;
  const s = ctx.sqlite;
  const insertClient = clientInserter(s);
  const insertStatus = s.prepare(
    `INSERT INTO client_status_changes (client_id, from_status, to_status, changed_at, reason, created_at) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const insertInvoice = s.prepare(
    `INSERT INTO invoices (client_id, number, issued_on, due_on, amount_minor, list_price_minor, currency, description, is_sample, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, '', 1, ?, ?)`,
  );
  const insertPayment = s.prepare(
    `INSERT INTO payments (invoice_id, paid_on, amount_minor, note, created_at, updated_at) VALUES (?, ?, ?, '', ?, ?)`,
  );
  const insertCost = s.prepare(
    `INSERT INTO direct_costs (client_id, incurred_on, amount_minor, currency, description, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const currency = (s.prepare(`SELECT value FROM settings WHERE key = 'profile'`).get() as { value: string } | undefined)?.value;
  const cur = currency ? (JSON.parse(currency) as { currency: string }).currency : 'TRY';
  // Amounts are calibrated in Turkish lira; other currencies get a rough equivalent.
  const scale = currencyScale[cur] ?? 1;
  const money = (minor: number) => Math.max(100, Math.round((minor * scale) / 100) * 100);
  const stamp = now.toISOString();
  const result: SampleLoadResult = { clients: 0, invoices: 0, payments: 0, directCosts: 0, journalEntries: 0 };
  const batchSize = opts.batchSize ?? 250;

  for (let start = 0; start < opts.clients; start += batchSize) {
    const plans = Array.from({ length: Math.min(batchSize, opts.clients - start) }, (_, k) => planClient(rng, start + k, today));
    const journal: NewJournalEntry[] = [];
    const storyClients: StoryClient[] = [];
    s.transaction(() => {
      for (const p of plans) {
        const { name, company } = clientName(p.index, opts.language);
        const a = p.archetype;
        const terms = rng.pick([15, 30, 30, 45]);
        const email = `client${p.index + 1}@example.com`;
        const clientId = insertClient(
          {
            name,
            company,
            email,
            phone: '',
            status: p.status,
            clientSince: p.since,
            acquisitionChannel: rng.pick(['referral', 'website', 'social media', 'trade fair']),
            acquisitionCostMinor: money(rng.int(5, 40) * 10_000),
            isHighProfile: a.isHighProfile ?? false,
            paymentTermsKind: 'days',
            paymentTermsValue: terms,
            notes: '',
            isSample: true,
          },
          // a former client was active first, from the day it began
          {
            at: stamp,
            reason: 'created',
            firstStatus: p.status === 'former' ? 'active' : p.status,
            statusAt: `${p.since}T09:00:00.000Z`,
          },
        );
        result.clients++;
        if (start === 0) storyClients.push({ key: a.key, clientId, name, email, status: p.status, leftOn: p.leftOn });
        if (p.leftOn) insertStatus.run(clientId, 'active', 'former', `${p.leftOn}T09:00:00.000Z`, 'ended', stamp);
        const from = p.since > historyStart ? p.since : historyStart;
        const until = p.leftOn ?? yesterday;
        // Month by month: an invoice, its payments, direct costs, and the month's interactions.
        let invoiceNo = 0;
        for (let month = from.slice(0, 8) + '01'; month <= until; month = addMonths(month, 1)) {
          const dayIn = (lo: number, hi: number) => {
            const d = addDays(month, rng.int(lo, hi));
            return d < from ? from : d > until ? until : d;
          };
          if (p.status !== 'prospect' && rng.chance(a.invoiceChance)) {
            const issued = dayIn(0, 4);
            const due = addDays(issued, terms);
            const amount = money(rng.int(a.invoiceMinor[0], a.invoiceMinor[1]));
            const list = rng.chance(a.discountChance) ? Math.round(amount / (1 - rng.int(5, 25) / 100) / 100) * 100 : null;
            const inv = insertInvoice.run(
              clientId,
              `SMP-${String(p.index + 1).padStart(5, '0')}-${String(++invoiceNo).padStart(2, '0')}`,
              issued,
              due,
              amount,
              list,
              cur,
              stamp,
              stamp,
            );
            const invoiceId = Number(inv.lastInsertRowid);
            result.invoices++;
            if (!rng.chance(a.unpaidChance)) {
              const paidOn = addDays(due, rng.int(a.payDelay[0], a.payDelay[1]));
              if (rng.chance(0.15)) {
                const first = addDays(issued, rng.int(3, terms));
                if (first <= yesterday) {
                  insertPayment.run(invoiceId, first, Math.round(amount / 200) * 100, stamp, stamp);
                  result.payments++;
                  const rest = paidOn > first ? paidOn : addDays(first, 1);
                  if (rest <= yesterday) {
                    insertPayment.run(invoiceId, rest, amount - Math.round(amount / 200) * 100, stamp, stamp);
                    result.payments++;
                  }
                }
              } else if (paidOn <= yesterday) {
                insertPayment.run(invoiceId, paidOn < issued ? issued : paidOn, amount, stamp, stamp);
                result.payments++;
              }
            }
          }
          if (a.directCostPerMonthMinor > 0 && p.status !== 'prospect' && (a.key === 'whale' || rng.chance(0.4))) {
            const amount = money(a.directCostPerMonthMinor * (a.key === 'whale' ? 1 : 2) * (0.5 + rng.next()));
            insertCost.run(
              clientId,
              dayIn(5, 25),
              amount,
              cur,
              a.key === 'whale' ? texts.costs.production : texts.costs.materials,
              stamp,
              stamp,
            );
            result.directCosts++;
          }
          const perMonth: Partial<Record<JournalKind, number>> =
            p.status === 'prospect' ? { call: 1, email: 2, meeting: 0.5 } : a.perMonth;
          for (const [kind, lambda] of Object.entries(perMonth) as [JournalKind, number][]) {
            for (let n = rng.poisson(lambda); n > 0; n--) journal.push(entry(rng, clientId, kind, dayIn(0, 27), a, texts));
          }
        }
        // One-off events land in the last twelve months of the relationship.
        for (const [kind, count] of Object.entries(a.events ?? {}) as [JournalKind, number][]) {
          const lo = from > yearAgo ? from : yearAgo;
          for (let n = 0; n < count; n++) {
            const day = addDays(lo, rng.int(0, Math.max(0, Math.round((Date.parse(until) - Date.parse(lo)) / 86_400_000))));
            journal.push(entry(rng, clientId, kind, day, a, texts));
          }
        }
      }
    })();
    // Each client's entries in time order, so the chain reads as the story happened.
    journal.sort((x, y) => x.clientId - y.clientId || (x.occurredAt < y.occurredAt ? -1 : x.occurredAt > y.occurredAt ? 1 : 0));
    for (const e of journal) {
      if (e.recordedAt! > stamp) e.recordedAt = stamp;
      e.author = author; // the sample business's owner wrote them (the corrections below too)
    }
    if (start === 0) attachExhibits(ctx, journal, texts);
    const written = appendJournalEntries(ctx, journal);
    // A few entries were corrected afterwards, as real ones are: a call's length, a summary's wording.
    const corrections = written.filter(
      (e) => pick(e.clientId, e.occurredAt, e.kind, 37) === 0 && (e.kind === 'call' || e.kind === 'meeting'),
    );
    appendJournalEntries(
      ctx,
      corrections.map((e) => ({
        ...e,
        amendsId: e.id,
        durationMinutes: e.durationMinutes === null ? 30 : e.durationMinutes + 10,
        summary: `${e.summary} (${texts.correction} #${e.seq})`,
        recordedAt: new Date(Math.min(Date.parse(e.recordedAt) + 86_400_000, Date.parse(stamp))).toISOString(),
      })),
    );
    result.journalEntries += journal.length + corrections.length;
    // the first clients also carry a few told stories: each feature has something to show
    if (start === 0)
      result.journalEntries += writeSampleStories(ctx, {
        language: opts.language,
        today,
        author,
        clients: storyClients,
        written,
      });
    opts.onProgress?.({ clientsDone: start + plans.length, clientsTotal: opts.clients, journalEntries: result.journalEntries });
  }
  return result;
}

/**
 * The sample shows an entry with an exhibit, as a real journal has (issue 17 item 5): the
 * delivery record on the first complaint about a delay (or quality, or any complaint) and the
 * client's message on the first abusive incident. No PRNG draw, so a seed's figures stay.
 */
function attachExhibits(ctx: ServiceContext, journal: NewJournalEntry[], texts: SampleTexts) {
  const complaints = journal.filter((e) => e.kind === 'complaint');
  const about = (c: string) => complaints.find((e) => splitSigns(e.signs ?? []).category === c);
  const complaint = about('delay') ?? about('quality') ?? complaints[0];
  const incident = journal.find((e) => e.kind === 'incident_abuse' || e.kind === 'incident_threat');
  if (complaint)
    complaint.attachments = [storeExhibit(ctx.dataDir, texts.exhibits.complaint.name, texts.exhibits.complaint.body)];
  if (incident) incident.attachments = [storeExhibit(ctx.dataDir, texts.exhibits.incident.name, texts.exhibits.incident.body)];
}

const incidentSigns: Partial<Record<JournalKind, RedFlagSign>> = {
  incident_abuse: 'abusive',
  incident_threat: 'abusive',
  incident_dishonesty: 'dishonest',
};

/**
 * Complaints get a category, so the pattern view has something to count on sample data. Picked
 * from the client and the day, not from the PRNG, so the rest of a seed's data stays as it was.
 */
function complaintTopic(kind: JournalKind, clientId: number, day: string): string[] {
  if (kind !== 'complaint' && kind !== 'public_complaint') return [];
  const n = clientId * 31 + Number(day.slice(5, 7)) * 7 + Number(day.slice(8, 10));
  return [topicSign(complaintCategories[n % complaintCategories.length]!)];
}

/** A choice from the client, the day and the kind, not from the PRNG: the seed's figures stay as they were. */
function pick(clientId: number, day: string, kind: string, n: number): number {
  let h = clientId * 2_654_435_761;
  for (const ch of `${day}|${kind}`) h = Math.imul(h ^ ch.charCodeAt(0), 16_777_619);
  return (h >>> 0) % n;
}
const choose = <T>(list: readonly T[], clientId: number, day: string, kind: string): T =>
  list[pick(clientId, day, kind, list.length)]!;

const witnessed = new Set<JournalKind>(['incident_abuse', 'incident_threat']);

function entry(rng: Prng, clientId: number, kind: JournalKind, day: string, a: Archetype, texts: SampleTexts): NewJournalEntry {
  const outOfHours = contactKinds.includes(kind) && rng.chance(a.outOfHoursChance);
  const occurredAt = timestamp(rng, day, outOfHours);
  const std = defaultStandardMinutes[kind];
  const logged = std > 0 && rng.chance(0.6);
  const sign = incidentSigns[kind] ?? (a.key === 'public_complainer' && kind === 'complaint' ? 'public_complainer' : undefined);
  const topic = complaintTopic(kind, clientId, day);
  const category = topic[0]?.slice('topic:'.length) as ComplaintCategory | undefined;
  const summary =
    kind === 'complaint' && category
      ? choose(texts.complaints[category], clientId, day, kind)
      : choose(texts.kinds[kind], clientId, day, kind);
  const quotes = texts.quotes[kind];
  const recordedAt = new Date(Date.parse(occurredAt) + rng.int(5, 180) * 60_000);
  // now and then an entry is written up days later, as owners do (the journal marks it late)
  const late = pick(clientId, day, `${kind}:late`, 23) === 0 ? 2 * 86_400_000 : 0;
  return {
    clientId,
    kind,
    channel: channelsByKind[kind] ?? 'email',
    occurredAt,
    recordedAt: new Date(recordedAt.getTime() + late).toISOString(),
    durationMinutes: logged
      ? Math.max(1, Math.round(std * (0.5 + rng.next()) * (a.key === 'whale' && kind === 'meeting' ? 1.5 : 1)))
      : null,
    summary,
    quotes: quotes ? [choose(quotes, clientId, day, `${kind}:quote`)] : [],
    witnesses: witnessed.has(kind) ? [choose(texts.staff, clientId, day, `${kind}:witness`)] : [],
    severity: sign ? 'high' : 'low',
    signs: [...(sign ? [sign] : []), ...topic],
    isSample: true,
  };
}
