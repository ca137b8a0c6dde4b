// Which offboarding paths fit a client now: one open case per client (collecting payment may
// run beside an open part-ways case — it is how parting escalates), and only the paths that fit
// the client's status. The service refuses the others; the screens offer only these and say why
// the rest are not offered.
import type { ClientStatus } from '../client-status';
import { offboardingPaths, type OffboardingPath } from './types';

export type PathRefusal =
  /** another path is open for this client: finish or abandon it first */
  | 'open_case'
  /** win back is for a client who left */
  | 'not_former'
  /** the client has left: only win back, or collecting what is still owed */
  | 'former'
  /** a prospect is not yet a client: only referring them elsewhere fits */
  | 'prospect';

export type PathOption = { path: OffboardingPath; ok: true } | { path: OffboardingPath; ok: false; reason: PathRefusal; caseId?: number };

export function pathOptions(status: ClientStatus, open: readonly { id: number; path: OffboardingPath }[]): PathOption[] {
  return offboardingPaths.map((path): PathOption => {
    const blocking = open.find((c) => !(path === 'collect_payment' && c.path === 'part_ways'));
    if (blocking) return { path, ok: false, reason: 'open_case', caseId: blocking.id };
    if (path === 'win_back') return status === 'former' ? { path, ok: true } : { path, ok: false, reason: 'not_former' };
    if (status === 'former') return path === 'collect_payment' ? { path, ok: true } : { path, ok: false, reason: 'former' };
    if (status === 'prospect') return path === 'refer_elsewhere' ? { path, ok: true } : { path, ok: false, reason: 'prospect' };
    return { path, ok: true };
  });
}
