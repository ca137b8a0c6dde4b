// `journal add`: one journal entry from a script or a test, through the app's own path — the
// input parsed by the contract's schema, then the journal service (journal/service.ts) writes it
// to the client's chain as hash version 2 with the owner as its author. Refusals are the app's
// messages, in the owner's language (or --lang). 0 stored, 1 refused, 2 usage.
import { fold } from '../../shared/domain/fold';
import { systemTimeZone, wallTimeToUtc } from '../../shared/domain/local-time';
import { isCalendarDateTime } from '../../shared/contract/text';
import { languages, type Language } from '../../shared/domain/format';
import { entryTemplates } from '../../shared/domain/entry-templates';
import { channels, journalKinds, severities, type JournalKind } from '../../shared/domain/journal-kinds';
import type { ValidationIssue } from '../../shared/errors';
import { translatorFor } from '../pdf/translate';
import { ownerLanguage } from '../dialog-text';
import { dispatch } from '../dispatch';
import { createApiFromServices } from '../api';
import type { JournalEntry } from '../../shared/contract/journal';
import type { Services } from '../core/services';
import { openExisting, requireString, UsageError, type CliCommand, type CliIo } from './common';
import { teamJournalAdd } from './journal-team';

type Found = { id: number } | { issue: ValidationIssue; ids?: number[] };

/** A client by id, else by name or e-mail (case- and accent-insensitive), as the CSV import finds them. */
function clientRef(services: Services, ref: string): Found {
  const all = services.clients.list({ search: '', status: null, includeArchived: true });
  if (/^\d+$/.test(ref)) {
    const byId = all.find((c) => c.id === Number(ref));
    if (byId) return { id: byId.id };
  }
  const key = fold(ref.trim());
  for (const field of ['name', 'email'] as const) {
    const hits = all.filter((c) => (c[field] ?? '') !== '' && fold(c[field] ?? '') === key);
    if (hits.length === 1) return { id: hits[0]!.id };
    if (hits.length > 1)
      return { issue: { path: 'clientId', message: 'validation.ambiguousClient' }, ids: hits.map((c) => c.id) };
  }
  return { issue: { path: 'clientId', message: 'validation.unknownClient' } };
}

function refuse(io: CliIo, lang: Language, issues: readonly ValidationIssue[], ids?: number[]): number {
  const t = translatorFor(lang);
  const label = (path: string) => {
    const key = `journal.fields.${path === 'clientId' ? 'client' : path}`;
    const l = t(key);
    return l === key ? path : l;
  };
  io.out(`refused: ${t('validation.failed')}`);
  // a word the terminal must spell exactly: say which words there are
  const choices: Record<string, readonly string[]> = { kind: journalKinds, channel: channels, severity: severities };
  for (const i of issues) {
    const text = i.message.startsWith('validation.') ? t(i.message) : i.message;
    const options = Object.hasOwn(choices, i.path) ? ` (--${i.path} ${choices[i.path]!.join(' | ')})` : '';
    io.out(`  ${label(i.path)}: ${text}${ids ? ` (--client ${ids.join(' | ')})` : ''}${options}`);
  }
  return 1;
}

/**
 * `--occurred-at` as typed: with an offset (`Z`, `+03:00`) as it is; a wall-clock time without one
 * (`2026-12-01T10:00`, what the owner reads off their own clock) is on the owner's time zone, as
 * the entry form reads it. Anything else goes to the contract's check, which says what is wrong.
 */
function occurredAtOf(given: string | undefined, services: Services): string | null {
  if (given === undefined) return null;
  // eslint-disable-next-line security/detect-unsafe-regex -- bounded repetitions: linear time
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(given) || !isCalendarDateTime(`${given}Z`)) return given;
  return wallTimeToUtc(given, services.settings.profile()?.timeZone ?? systemTimeZone());
}

const text = (values: Record<string, unknown>, name: string) => {
  const v = values[name];
  return typeof v === 'string' ? v : undefined;
};

export const journalCommand: CliCommand = {
  summary:
    "journal add: record one entry in a client's journal, as the app does (author: the owner; channel, severity and signs from the kind's template unless given); prints its number and hash; with --team, into the team journal on PostgreSQL, exit 0 once the server has numbered it",
  usage:
    'journal add --db <path> --client <id, name or e-mail> --kind <kind> --summary <text> [--occurred-at ISO] [--channel phone] [--severity low] [--details text] [--lang en|tr|az] [--json]' +
    '\n       npm run cli -- journal add --team <postgres-url> --client <id or name> --kind <kind> --summary <text> [--occurred-at ISO] [--channel …] [--severity …] [--details …] [--json]',
  positionals: true,
  options: {
    db: { type: 'string' },
    /** the team journal on PostgreSQL instead of a local file (cli/journal-team.ts) */
    team: { type: 'string' },
    client: { type: 'string' },
    kind: { type: 'string' },
    summary: { type: 'string' },
    'occurred-at': { type: 'string' },
    channel: { type: 'string' },
    severity: { type: 'string' },
    details: { type: 'string' },
    lang: { type: 'string' },
    json: { type: 'boolean' },
  },
  async run(values, io, positionals) {
    const [verb, ...extra] = positionals;
    if (verb !== 'add' || extra.length) throw new UsageError('say what to do: journal add');
    if (typeof values['team'] === 'string') {
      if (values['db'] !== undefined) throw new UsageError('give --db or --team, not both');
      return teamJournalAdd(values['team'], values, io);
    }
    const client = requireString(values, 'client');
    const kind = requireString(values, 'kind');
    const summary = requireString(values, 'summary');
    const langGiven = text(values, 'lang');
    if (langGiven !== undefined && !(languages as readonly string[]).includes(langGiven))
      throw new UsageError('--lang must be en, tr or az');
    const { database, services } = openExisting(requireString(values, 'db'));
    try {
      const lang = (langGiven as Language | undefined) ?? ownerLanguage(services.settings);
      const found = clientRef(services, client);
      if ('issue' in found) return refuse(io, lang, [found.issue], found.ids);
      // the entry form's defaults for the kind, as the app fills them in when the kind is picked
      const template = Object.hasOwn(entryTemplates, kind) ? entryTemplates[kind as JournalKind] : null;
      const input = {
        clientId: found.id,
        kind,
        channel: text(values, 'channel') ?? template?.channel ?? 'other',
        severity: text(values, 'severity') ?? template?.severity ?? 'low',
        signs: template ? [...template.signs] : [],
        summary,
        occurredAt: occurredAtOf(text(values, 'occurred-at'), services),
        ...(text(values, 'details') !== undefined ? { details: text(values, 'details') } : {}),
      };
      const r = await dispatch(createApiFromServices(services), 'addJournalEntry', input);
      if (!r.ok) {
        if (r.error.code === 'VALIDATION' && r.error.issues?.length) return refuse(io, lang, r.error.issues);
        const t = translatorFor(lang);
        io.out(`refused: ${t(`errors.${r.error.code}`)} (${r.error.message})`);
        return 1;
      }
      const e = r.value as JournalEntry;
      if (values['json'] === true) {
        const { id, clientId, clientName, seq, kind: k, occurredAt, recordedAt, author, hashVersion, hash } = e;
        io.out(
          JSON.stringify({
            id,
            clientId,
            clientName,
            seq,
            kind: k,
            occurredAt,
            recordedAt,
            author,
            hashVersion,
            hash,
            ...(e.teamPending ? { teamPending: true } : {}),
          }),
        );
      } else if (e.teamPending) {
        // a team replica: the entry waits in the outbox until the next sync numbers it on the server
        io.out(
          `queued: not yet in the team journal of ${e.clientName} (client ${e.clientId}), id ${e.id}; the next sync numbers it`,
        );
      } else {
        io.out(`stored: entry #${e.seq} in the journal of ${e.clientName} (client ${e.clientId}), id ${e.id}`);
        io.out(`author: ${e.author || '(none)'}`);
        io.out(`hash (version ${e.hashVersion}): ${e.hash}`);
      }
      return 0;
    } finally {
      database.close();
    }
  },
};
