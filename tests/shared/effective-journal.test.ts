import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { effectiveJournal } from '../../src/shared/domain/effective-journal';
import { factsFromRecords, type ClientRecords, type JournalRecord } from '../../src/shared/domain/valuation-facts';
import {
  clientMinutes,
  defaultActivityCatalogue,
  defaultValuationSettings,
  valueClient,
} from '../../src/shared/domain/valuation';
import { trailingWindow } from '../../src/shared/domain/valuation-window';

const w = trailingWindow('2026-11-23', 12); // 2025-11-24 … 2026-11-23
const rate = 93_750; // 937.50 TRY per hour
const entry = (id: number, over: Partial<JournalRecord> = {}): JournalRecord => ({
  id,
  seq: id,
  kind: 'call',
  occurredAt: '2026-10-01T10:00:00.000Z',
  durationMinutes: null,
  signs: [],
  amendsId: null,
  ...over,
});
const records = (journal: JournalRecord[]): ClientRecords => ({
  clientId: 1,
  clientSince: '2020-01-01',
  invoices: [
    {
      id: 1,
      issuedOn: '2026-06-01',
      dueOn: '2026-06-15',
      amountMinor: 1_000_000,
      listPriceMinor: null,
      currency: 'TRY',
      voidedAt: null,
      payments: [{ id: 1, paidOn: '2026-06-10', amountMinor: 1_000_000, voidedAt: null }],
    },
  ],
  directCosts: [],
  journal,
});
const value = (journal: JournalRecord[]) => {
  const facts = factsFromRecords(records(journal), w, 'TRY');
  return {
    facts,
    v: valueClient({
      facts,
      window: w,
      hourlyCostRateMinor: rate,
      catalogue: defaultActivityCatalogue,
      settings: defaultValuationSettings,
      // this client is the whole portfolio: attention ratio 1
      context: {
        totalRevenueMinor: facts.revenueMinor,
        totalMinutes: clientMinutes(facts, defaultActivityCatalogue),
        typicalAnnualMarginMinor: 0,
        typicalMarginPct: null,
        typicalMarginPerHourMinor: null,
        observedRetention: null,
      },
      isHighProfile: false,
    }),
  };
};

describe('effectiveJournal: each chain of corrections as its latest version', () => {
  it('a chain of two corrections (as the app writes them: both point at the original) stands as the second, in the original’s place', () => {
    const list = [
      entry(1, { durationMinutes: 30 }),
      entry(2, { kind: 'email' }),
      entry(3, { amendsId: 1, durationMinutes: 40 }),
      entry(4, { amendsId: 1, durationMinutes: 25 }),
    ];
    const eff = effectiveJournal(list);
    expect(eff.map((e) => [e.id, e.durationMinutes, e.originalId, e.versionIds])).toEqual([
      [4, 25, 1, [1, 3, 4]],
      [2, null, 2, [2]],
    ]);
  });

  it('a true chain (a correction of a correction) resolves to its end, whatever the input order', () => {
    const list = [entry(7, { amendsId: 5, kind: 'meeting' }), entry(5, { amendsId: 3 }), entry(3, { kind: 'incident_threat' })];
    const eff = effectiveJournal(list);
    expect(eff).toHaveLength(1);
    expect(eff[0]).toMatchObject({ id: 7, kind: 'meeting', originalId: 3, versionIds: [3, 5, 7] });
  });

  it('seq orders versions (not the id), and a correction whose original is not given still stands for its chain', () => {
    const eff = effectiveJournal([entry(20, { seq: 2, amendsId: 9 }), entry(10, { seq: 3, amendsId: 9, durationMinutes: 5 })]);
    expect(eff).toEqual([expect.objectContaining({ id: 10, durationMinutes: 5, originalId: 9, versionIds: [20, 10] })]);
  });

  it('property: one entry per chain, and the effective journal of an effective journal is itself', () => {
    // random journals: each entry is an original or corrects any earlier entry
    const journal = fc
      .array(fc.option(fc.nat(), { nil: null }), { maxLength: 30 })
      .map((picks) =>
        picks.map((p, i) => entry(i + 1, { amendsId: p === null || i === 0 ? null : (p % i) + 1, durationMinutes: i })),
      );
    fc.assert(
      fc.property(journal, (list) => {
        const eff = effectiveJournal(list);
        expect(eff).toHaveLength(list.filter((e) => e.amendsId === null).length);
        expect(eff.flatMap((e) => e.versionIds).sort((a, b) => a - b)).toEqual(list.map((e) => e.id));
        for (const e of eff) expect(e.id).toBe(Math.max(...e.versionIds));
        expect(effectiveJournal(eff)).toEqual(eff);
      }),
    );
  });
});

describe('valuation facts count a correction once (issue 14, defect 1)', () => {
  it('a 30-minute call corrected to 40 minutes is 1 call of 40 minutes', () => {
    const { facts, v } = value([entry(1, { durationMinutes: 30 }), entry(2, { amendsId: 1, durationMinutes: 40 })]);
    expect(facts.activity.call).toEqual({ entries: 1, loggedMinutes: 40, unloggedEntries: 0 });
    // 40 min × 93,750 / 60 = 62,500 kuruş (counting both: 70 min → 109,375)
    expect(v.figures.timeCost.value).toBe(62_500);
  });

  it('a typo fixed in the one abuse incident leaves health 83 and the advice "keep"', () => {
    const abuse = entry(1, { kind: 'incident_abuse', signs: ['abusive'] });
    const once = value([abuse]);
    const fixed = value([abuse, entry(2, { kind: 'incident_abuse', signs: ['abusive'], amendsId: 1 })]);
    // one event: patternScore(1) = 0.25 → health = 1 − 0.7 × 0.25 = 0.825 → 83
    // (counting the correction: 2 events, score 1 → health 1 − 0.7 = 0.3 → 30, part ways)
    for (const { v } of [once, fixed]) {
      expect(v.flags.find((f) => f.sign === 'abusive')).toMatchObject({ events: 1, score: 0.25, level: 'note' });
      expect(v.health).toEqual({ score: 83, band: 'green' });
      // revenue 1,000,000 − 30 standard minutes (46,875) = 953,125, 95 %: keep
      expect(v.figures.margin.value).toBe(953_125);
      expect(v.recommendation.action).toBe('keep');
      expect(v.recommendation.reasons.map((r) => r.key)).not.toContain('flag_abusive');
    }
    expect(fixed.v.figures).toEqual(once.v.figures);
  });

  it('a threat logged by mistake and corrected to an ordinary call is a call, not a threat', () => {
    const { facts, v } = value([
      entry(1, { kind: 'incident_threat', signs: ['abusive'] }),
      entry(2, { kind: 'call', signs: [], durationMinutes: 10, amendsId: 1 }),
    ]);
    expect(facts.activity).toEqual({ call: { entries: 1, loggedMinutes: 10, unloggedEntries: 0 } });
    expect(facts.taggedSigns).toEqual([]);
    // no sign has any evidence: health 100; time 10 min × 93,750 / 60 = 15,625
    expect(v.flags.find((f) => f.sign === 'abusive')).toMatchObject({ events: 0, score: 0, level: 'none' });
    expect(v.health.score).toBe(100);
    expect(v.figures.timeCost.value).toBe(15_625);
  });

  it('a correction of kind "note" fixes wording only: the threat it corrects still counts, with its time and signs', () => {
    const threat = entry(1, { kind: 'incident_threat', signs: ['abusive'], durationMinutes: 12 });
    const witnessFix = entry(2, { kind: 'note', signs: [], durationMinutes: null, amendsId: 1 });
    const { facts, v } = value([threat, witnessFix]);
    expect(effectiveJournal([threat, witnessFix])).toEqual([{ ...threat, originalId: 1, versionIds: [1, 2] }]);
    expect(facts.activity).toEqual({ incident_threat: { entries: 1, loggedMinutes: 12, unloggedEntries: 0 } });
    // one threat: abuse score 0.25 → health 1 − 0.7 × 0.25 = 0.825 → 83, as without the note
    expect(v.flags.find((f) => f.sign === 'abusive')).toMatchObject({ events: 1, score: 0.25 });
    expect(v.health.score).toBe(83);
    // a later correction of the facts stands over the note: threat → note → call of 5 min
    const call = entry(3, { kind: 'call', durationMinutes: 5, amendsId: 1 });
    expect(value([threat, witnessFix, call]).facts.activity).toEqual({
      call: { entries: 1, loggedMinutes: 5, unloggedEntries: 0 },
    });
    // a note corrected by a note is a note
    expect(effectiveJournal([entry(4, { kind: 'note' }), entry(5, { kind: 'note', amendsId: 4 })]).map((e) => e.id)).toEqual([5]);
  });

  it('a correction moves the entry to its corrected date, into or out of the window', () => {
    const out = value([entry(1), entry(2, { amendsId: 1, occurredAt: '2025-06-01T10:00:00.000Z' })]).facts;
    expect(out.activity).toEqual({});
    const inside = value([entry(1, { occurredAt: '2025-06-01T10:00:00.000Z' }), entry(2, { amendsId: 1 })]).facts;
    expect(inside.activity).toEqual({ call: { entries: 1, loggedMinutes: 0, unloggedEntries: 1 } });
    // out of hours goes by the corrected time too: 10:00 on a Thursday is in hours, 21:00 is not
    const late = value([entry(1), entry(2, { amendsId: 1, occurredAt: '2026-10-01T21:00:00.000Z' })]).facts;
    expect(late.outOfHoursContacts).toBe(1);
  });

  // (kinds other than 'note': a note correction fixes wording only, see the case above)
  it('property: a correction changes the facts exactly as replacing the original would (issue 14)', () => {
    const kinds = [
      'call',
      'email',
      'meeting',
      'incident_abuse',
      'incident_threat',
      'payment_reminder',
      'revision_request',
    ] as const;
    const content = fc.record({
      kind: fc.constantFrom(...kinds),
      day: fc.integer({ min: -60, max: 400 }), // days before 2026-11-23: some fall outside the window
      hour: fc.integer({ min: 0, max: 23 }),
      durationMinutes: fc.option(fc.integer({ min: 0, max: 240 }), { nil: null }),
      signs: fc.subarray(['abusive', 'pays_late', 'haggles'] as const),
    });
    const toEntry = (id: number, c: ContentValue, amendsId: number | null) =>
      entry(id, {
        kind: c.kind,
        occurredAt: new Date(Date.UTC(2026, 10, 23 - c.day, c.hour)).toISOString(),
        durationMinutes: c.durationMinutes,
        signs: [...c.signs],
        amendsId,
      });
    fc.assert(
      fc.property(fc.array(content, { minLength: 1, maxLength: 12 }), fc.nat(), content, (list, pick, fix) => {
        const journal = list.map((c, i) => toEntry(i + 1, c, null));
        const target = (pick % journal.length) + 1;
        const corrected = factsFromRecords(records([...journal, toEntry(100, fix, target)]), w, 'TRY');
        const replaced = factsFromRecords(
          records(journal.map((e) => (e.id === target ? toEntry(target, fix, null) : e))),
          w,
          'TRY',
        );
        expect(corrected).toEqual(replaced);
      }),
    );
  });
});

type ContentValue = {
  kind: JournalRecord['kind'];
  day: number;
  hour: number;
  durationMinutes: number | null;
  signs: readonly JournalRecord['signs'][number][];
};
