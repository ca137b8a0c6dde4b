// A few told stories on top of the generated sample business, so an owner exploring the app
// meets each feature with something in it: the older complaints resolved, a complaint answered once and open for five days (a
// status update is due, on Today and in the queue), a threatening call whose recording is attached
// with the other party's knowledge recorded, and a former client's win-back case — the call, the
// apology letter sent by e-mail (its SHA-256 journaled), the outcome and the lessons learned on
// the dashboard. Every row is sample data (is_sample = 1, or a sample client's case): "Remove
// sample data" takes it all. No PRNG draw: a seed's figures stay as they were.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Language } from '../../shared/domain/format';
import { formatLongDate } from '../../shared/domain/format';
import { consentSign, isComplaintKind, mediaTypeOf, topicSign } from '../../shared/domain/journal-entry';
import { letterSubjectAndBody } from '../../shared/domain/letters/mailto';
import { letterText, renderLetter } from '../../shared/domain/letters/render';
import { interpolate, pathTitle, stepDetails, stepTitle } from '../../shared/domain/offboarding/journal-text';
import { pathSpecs } from '../../shared/domain/offboarding/paths';
import type { StepValues } from '../../shared/domain/offboarding/types';
import { addDays } from '../../shared/domain/valuation-window';
import { catalogues } from '../../shared/i18n';
import type { ServiceContext } from '../core/context';
import { appendJournalEntries, attachmentPath, type NewJournalEntry } from '../journal/chain';
import { canonicalLetter, letterSha256 } from '../offboarding/send';
import { storyTexts } from './story-texts';
import { sampleProfiles, sampleTexts } from './texts';

/** Stores a sample exhibit as the app stores any attachment: under its fingerprint, never overwritten. */
export function storeExhibit(
  dataDir: string,
  name: string,
  body: string | Buffer,
): NonNullable<NewJournalEntry['attachments']>[number] {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const target = attachmentPath(dataDir, sha256);
  mkdirSync(dirname(target), { recursive: true });
  try {
    writeFileSync(target, bytes, { flag: 'wx', mode: 0o600 });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
  return { sha256, originalName: name, sizeBytes: bytes.byteLength, mediaType: mediaTypeOf(name) };
}

/** A short, quiet recording that plays (8 kHz, 8-bit mono PCM WAV): the sample call's stand-in. */
export function sampleRecording(seconds = 1.5, rate = 8000): Buffer {
  const n = Math.round(seconds * rate);
  const b = Buffer.alloc(44 + n);
  b.write('RIFF', 0, 'ascii');
  b.writeUInt32LE(36 + n, 4);
  b.write('WAVEfmt ', 8, 'ascii');
  b.writeUInt32LE(16, 16);
  b.writeUInt16LE(1, 20); // PCM
  b.writeUInt16LE(1, 22); // mono
  b.writeUInt32LE(rate, 24);
  b.writeUInt32LE(rate, 28);
  b.writeUInt16LE(1, 32);
  b.writeUInt16LE(8, 34);
  b.write('data', 36, 'ascii');
  b.writeUInt32LE(n, 40);
  // a soft murmur, then silence: integer arithmetic, the same bytes everywhere
  const voice = Math.round(n * 0.9);
  for (let i = 0; i < n; i++) b[44 + i] = i < voice ? 108 + ((i * 7) % 40) : 128;
  return b;
}

/** One sample client the stories can use. */
export interface StoryClient {
  key: string;
  clientId: number;
  name: string;
  email: string;
  status: string;
  leftOn: string | null;
}

const at = (day: string, time: string) => `${day}T${time}:00.000Z`;

export function writeSampleStories(
  ctx: ServiceContext,
  opts: {
    language: Language;
    today: string;
    author: string;
    clients: readonly StoryClient[];
    /** the generated entries: the complaints older than ten days were resolved, as a real business's are */
    written: readonly { id: number; clientId: number; kind: string; occurredAt: string }[];
  },
): number {
  const { language: lang, today, author } = opts;
  const st = storyTexts[lang];
  const texts = sampleTexts[lang];
  const find = (key: string) => opts.clients.find((c) => c.key === key);
  const active = opts.clients.find((c) => c.status === 'active');
  const entry = (e: NewJournalEntry): NewJournalEntry => ({
    recordedAt: new Date(Date.parse(e.occurredAt) + 20 * 60_000).toISOString(),
    ...e,
    isSample: true,
    author,
  });
  let written = 0;
  ctx.sqlite.transaction(() => {
    // 0. The older complaints were answered and resolved a day to three later: the queue holds the recent ones.
    const settledBefore = Date.parse(`${addDays(today, -10)}T00:00:00.000Z`);
    const resolutions = opts.written
      .filter((c) => isComplaintKind(c.kind) && Date.parse(c.occurredAt) < settledBefore)
      .map((c) =>
        entry({
          clientId: c.clientId,
          kind: 'resolution',
          channel: 'phone',
          occurredAt: new Date(Date.parse(c.occurredAt) + (1 + (c.id % 3)) * 86_400_000 + 3_600_000).toISOString(),
          summary: st.resolutions[c.id % st.resolutions.length]!,
          refersToId: c.id,
        }),
      );
    appendJournalEntries(ctx, resolutions);
    written += resolutions.length;

    // 1. A complaint answered the same day, five days ago, and open since: a status update is due.
    const complainer = find('whale') ?? active;
    if (complainer) {
      const day = addDays(today, -5);
      const [complaint] = appendJournalEntries(ctx, [
        entry({
          clientId: complainer.clientId,
          kind: 'complaint',
          channel: 'email',
          occurredAt: at(day, '09:40'),
          summary: texts.complaints.delay[1] ?? texts.complaints.delay[0]!,
          quotes: [st.complaintQuote],
          severity: 'medium',
          signs: [topicSign('delay')],
        }),
      ]);
      appendJournalEntries(ctx, [
        entry({
          clientId: complainer.clientId,
          kind: 'follow_up',
          channel: 'phone',
          occurredAt: at(day, '11:15'),
          durationMinutes: 15,
          summary: st.firstAnswer,
          details: st.firstAnswerDetails,
          refersToId: complaint!.id,
        }),
      ]);
      written += 2;
    }

    // 2. A threatening call, recorded, with the other party told (the consent answer is hashed with it).
    const caller = find('abusive') ?? active;
    if (caller) {
      const recording = storeExhibit(ctx.dataDir, st.recording.file, sampleRecording());
      appendJournalEntries(ctx, [
        entry({
          clientId: caller.clientId,
          kind: 'incident_threat',
          channel: 'phone',
          occurredAt: at(addDays(today, -12), '19:40'),
          durationMinutes: 9,
          summary: st.recording.summary,
          quotes: [st.recording.quote],
          witnesses: [texts.staff[0]!],
          severity: 'high',
          signs: ['abusive', consentSign('told')],
          attachments: [recording],
        }),
      ]);
      written += 1;
    }

    // 3. A former client's win-back case: call first, the apology by e-mail, staying in touch, lessons.
    const lost = opts.clients.find((c) => c.status === 'former' && c.leftOn);
    if (lost?.leftOn) written += winBackStory(ctx, lang, today, { ...lost, leftOn: lost.leftOn }, entry);
  })();
  return written;
}

function winBackStory(
  ctx: ServiceContext,
  lang: Language,
  today: string,
  lost: StoryClient & { leftOn: string },
  entry: (e: NewJournalEntry) => NewJournalEntry,
): number {
  const m = catalogues[lang].offboarding;
  const w = storyTexts[lang].winBack;
  const profile = sampleProfiles[lang];
  const spec = pathSpecs.win_back;
  const left = lost.leftOn;
  const letter = letterText(
    renderLetter('win_back_apology', lang, {
      clientName: lost.name,
      ownerName: profile.ownerName,
      ownerTitle: profile.ownerTitle,
      businessName: profile.businessName,
      date: formatLongDate(addDays(left, 2), lang),
      calledOn: formatLongDate(addDays(left, 1), lang),
      whatWentWrong: w.whatWentWrong,
      offer: w.offer,
    }),
  );
  const values: StepValues = {
    review: { cancelledOn: left, whatWentWrong: w.whatWentWrong, timelineNotes: w.timelineNotes },
    call: {
      calledOn: addDays(left, 1),
      reached: true,
      whatTheySaid: w.whatTheySaid,
      whatWouldMakeItRight: w.whatWouldMakeItRight,
    },
    apology: { offer: w.offer, letter },
    outcome: { outcome: 'staying_in_touch', checkInOn: addDays(today, 10), note: w.note },
    lessons: { rootCause: w.rootCause, whatWeChange: w.whatWeChange, earlySigns: w.earlySigns },
  };
  const when: Record<string, string> = {
    review: at(addDays(left, 1), '09:50'),
    call: at(addDays(left, 1), '11:30'),
    apology: at(addDays(left, 2), '10:10'),
    outcome: at(addDays(left, 14), '16:00'),
    lessons: at(addDays(left, 14), '16:20'),
  };
  const startedAt = at(addDays(left, 1), '09:30');
  const completedAt = at(addDays(left, 14), '16:25');
  const info = ctx.sqlite
    .prepare(
      `INSERT INTO offboarding_cases (client_id, path, step, status, data, outcome, started_at, completed_at, created_at, updated_at)
       VALUES (?, 'win_back', 'lessons', 'completed', ?, 'staying_in_touch', ?, ?, ?, ?)`,
    )
    .run(
      lost.clientId,
      JSON.stringify({
        values,
        completed: spec.steps.map((s) => s.id),
        skipped: [],
        override: null,
        valuation: null,
        statusBefore: null,
        escalatedToCaseId: null,
      }),
      startedAt,
      completedAt,
      startedAt,
      completedAt,
    );
  const caseId = Number(info.lastInsertRowid);
  const path = pathTitle(m, 'win_back');
  const base = { clientId: lost.clientId, caseId };
  const entries: NewJournalEntry[] = [
    entry({ ...base, kind: 'note', channel: 'other', occurredAt: startedAt, summary: interpolate(m.journal.started, { path }) }),
  ];
  for (const s of spec.steps) {
    if (s.id === 'apology') {
      // "Send by e-mail", then "I sent it": the journal keeps the letter and its fingerprint
      const text = canonicalLetter(letter);
      const title = letterSubjectAndBody(text).subject || stepTitle(m, 'win_back', s.id);
      entries.push(
        entry({
          ...base,
          kind: 'email',
          channel: 'email',
          occurredAt: at(addDays(left, 2), '10:05'),
          summary: interpolate(m.journal.letterSent, { path, title }),
          details: [
            `${m.sending.to}: ${lost.email}`,
            `${m.sending.letter}: ${stepTitle(m, 'win_back', s.id)}`,
            `${m.sending.fingerprint}: ${letterSha256(text)}`,
            '',
            text,
          ].join('\n'),
          people: [lost.name, lost.email],
        }),
      );
    }
    entries.push(
      entry({
        ...base,
        kind: s.journalKind,
        channel: s.channel,
        occurredAt: when[s.id]!,
        summary: interpolate(m.journal.step, { path, step: stepTitle(m, 'win_back', s.id) }),
        details: stepDetails(m, 'win_back', s.id, values[s.id]!, { lang, currency: profile.currency }),
      }),
    );
  }
  entries.push(
    entry({
      ...base,
      kind: 'resolution',
      channel: 'other',
      occurredAt: completedAt,
      summary: interpolate(m.journal.completed, { path, outcome: m.outcomes.staying_in_touch }),
    }),
  );
  appendJournalEntries(ctx, entries);
  return entries.length;
}
