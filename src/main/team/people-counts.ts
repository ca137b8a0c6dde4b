// Per-person counts (issue 18.5), read from the journal as it stands (each chain of corrections
// once, as its latest version: effective-journal.ts): for every author, the entries they wrote,
// the clients they met (calls and meetings) and how often, which of those clients are difficult by
// the app's own measures, and how often they faced abuse or threats (incidents they recorded, or
// that name them among the people involved). A single-user file has one author, the owner.
import type { ClientMet, DifficultyReason, PeopleCountsView, PersonCounts } from '../../shared/contract/people';
import { effectiveJournal } from '../../shared/domain/effective-journal';
import type { JournalKind } from '../../shared/domain/journal-kinds';
import type { ServiceContext } from '../core/context';
import type { ValuationService } from '../valuation/service';
import { teamPeopleByRole } from '../journal/author';
import { pendingAccesses } from './access-log';
import { isTeamReplica } from './sync/replica';

const meetingKinds: readonly JournalKind[] = ['call', 'meeting'];
const fold = (s: string) => s.normalize('NFC').trim().toLocaleLowerCase('tr');

interface Row {
  id: number;
  client_id: number;
  seq: number;
  kind: JournalKind;
  author: string;
  people: string;
  amends_id: number | null;
}

export function createPeopleCounts(ctx: ServiceContext, deps: { valuation: Pick<ValuationService, 'portfolio'> }) {
  const entries = ctx.sqlite.prepare<[], Row>(
    'SELECT id, client_id, seq, kind, author, people, amends_id FROM journal_entries ORDER BY client_id, seq',
  );
  const clients = ctx.sqlite.prepare<[], { id: number; name: string; status: string }>('SELECT id, name, status FROM clients');

  /** Why each client is difficult: at risk or being offboarded (its status), red health or raised red flags (the valuation). */
  function difficulty(): Map<number, DifficultyReason[]> {
    const out = new Map<number, DifficultyReason[]>();
    const add = (id: number, r: DifficultyReason) => {
      const list = out.get(id) ?? [];
      if (!list.includes(r)) list.push(r);
      out.set(id, list);
    };
    for (const c of clients.all()) {
      if (c.status === 'at_risk') add(c.id, 'at_risk');
      if (c.status === 'offboarding') add(c.id, 'offboarding');
    }
    for (const r of deps.valuation.portfolio().rows) {
      if (r.band === 'red') add(r.clientId, 'health_red');
      if (r.raisedFlags > 0) add(r.clientId, 'red_flags');
    }
    return out;
  }

  function view(): PeopleCountsView {
    const team = teamPeopleByRole(ctx.sqlite);
    const rows = entries.all().map((r) => ({ ...r, amendsId: r.amends_id }));
    const names = new Map(clients.all().map((c) => [c.id, c.name]));
    const hard = difficulty();
    const by = new Map<string, PersonCounts & { met: Map<number, ClientMet> }>();
    const personOf = (author: string) => {
      let p = by.get(author);
      if (!p) {
        const t = team.get(author);
        p = {
          author,
          name: t?.name ?? author,
          role: (t?.role as PersonCounts['role']) ?? null,
          entries: 0,
          meetings: 0,
          clientsMet: [],
          difficultClientsMet: 0,
          difficultMeetings: 0,
          abuse: 0,
          threats: 0,
          met: new Map(),
        };
        by.set(author, p);
      }
      return p;
    };
    // every team person has a row, with or without entries
    for (const login of team.keys()) personOf(login);
    for (const r of rows) personOf(r.author).entries += 1;
    // a person named among the people of an incident: by their name (a team's) or the author's own name
    const byName = new Map<string, string>();
    for (const [login, t] of team) byName.set(fold(t.name), login);
    for (const r of rows)
      if (r.author && !team.has(r.author) && !byName.has(fold(r.author))) byName.set(fold(r.author), r.author);
    for (const e of effectiveJournal(rows)) {
      if (meetingKinds.includes(e.kind)) {
        const p = personOf(e.author);
        p.meetings += 1;
        const m = p.met.get(e.client_id) ?? {
          clientId: e.client_id,
          clientName: names.get(e.client_id) ?? '',
          times: 0,
          difficulty: hard.get(e.client_id) ?? [],
        };
        m.times += 1;
        p.met.set(e.client_id, m);
      }
      if (e.kind === 'incident_abuse' || e.kind === 'incident_threat') {
        const faced = new Set<string>([e.author]);
        for (const n of JSON.parse(e.people) as string[]) {
          const who = byName.get(fold(n));
          if (who !== undefined) faced.add(who);
        }
        for (const who of faced) {
          const p = personOf(who);
          if (e.kind === 'incident_abuse') p.abuse += 1;
          else p.threats += 1;
        }
      }
    }
    const people = [...by.values()].map(({ met, ...p }) => {
      const clientsMet = [...met.values()].sort((a, b) => b.times - a.times || a.clientName.localeCompare(b.clientName));
      const difficult = clientsMet.filter((m) => m.difficulty.length > 0);
      return {
        ...p,
        clientsMet,
        difficultClientsMet: difficult.length,
        difficultMeetings: difficult.reduce((s, m) => s + m.times, 0),
      };
    });
    const rank = (p: PersonCounts) => (p.role === 'owner' ? 0 : p.role === 'staff' ? 1 : p.role === 'accountant' ? 2 : 3);
    people.sort((a, b) => rank(a) - rank(b) || b.entries - a.entries || a.name.localeCompare(b.name));
    return {
      isTeam: isTeamReplica(ctx.sqlite),
      authors: new Set(rows.map((r) => r.author)).size,
      people,
      accessLogPending: pendingAccesses(ctx.sqlite),
    };
  }

  return { view };
}
export type PeopleCounts = ReturnType<typeof createPeopleCounts>;
