// The team's people, mirrored into team_people on every sync: who each login role is (so an
// entry's author, the role the server stamped, is shown by name), their role, and — in an owner's
// replica only — their cost rate, which cost to serve uses for the time they spend.
import type pg from 'pg';
import type { ServiceContext } from '../../core/context';
import { readPeople } from '../people';

/** Replaces team_people with the server's people (a team has ≤ 10: a full copy is cheaper than a watermark). */
export async function pullPeople(ctx: ServiceContext, c: pg.ClientBase): Promise<{ pulled: number }> {
  const people = await readPeople(c);
  const insert = ctx.sqlite.prepare(
    'INSERT INTO team_people (role_name, name, role, cost_rate_minor, change_seq) VALUES (?, ?, ?, ?, ?)',
  );
  const same = ctx.sqlite
    .prepare<[], { role_name: string; name: string; role: string; cost_rate_minor: number | null; change_seq: number }>(
      'SELECT role_name, name, role, cost_rate_minor, change_seq FROM team_people ORDER BY role_name',
    )
    .all();
  const next = [...people].sort((a, b) => (a.roleName < b.roleName ? -1 : a.roleName > b.roleName ? 1 : 0));
  const unchanged =
    same.length === next.length &&
    same.every(
      (r, i) =>
        r.role_name === next[i]!.roleName &&
        r.name === next[i]!.name &&
        r.role === next[i]!.role &&
        r.cost_rate_minor === next[i]!.costRateMinor &&
        r.change_seq === next[i]!.changeSeq,
    );
  // an unchanged copy is not written again: a write would make every cached figure be computed again
  if (unchanged) return { pulled: 0 };
  ctx.sqlite.transaction(() => {
    ctx.sqlite.prepare('DELETE FROM team_people').run();
    for (const p of next) insert.run(p.roleName, p.name, p.role, p.costRateMinor, p.changeSeq);
  })();
  return { pulled: next.length };
}
