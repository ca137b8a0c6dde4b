// One state machine for every path: steps run in order; the owner may go back to any
// completed step and forward only to the first step not yet done (no jumping ahead); a step
// is completed only when its hold (unpaid invoices, a reminder not yet due…) allows it.
import type { CaseState, Facts, Hold, PathSpec, StepValues } from './types';

export type Refusal = 'unknown_step' | 'jump_ahead' | 'held' | 'not_skippable' | 'case_finished';
export type Move = { ok: true; state: CaseState; isFinished: boolean } | { ok: false; reason: Refusal; hold?: Hold };

export function stepIds(spec: PathSpec): string[] {
  return spec.steps.map((s) => s.id);
}

/** Index of the first step not yet completed (steps.length when all are). */
export function frontier(spec: PathSpec, completed: readonly string[]): number {
  const i = spec.steps.findIndex((s) => !completed.includes(s.id));
  return i === -1 ? spec.steps.length : i;
}

export function isFinished(spec: PathSpec, completed: readonly string[]): boolean {
  return frontier(spec, completed) === spec.steps.length;
}

function indexOf(spec: PathSpec, step: string): number {
  return spec.steps.findIndex((s) => s.id === step);
}

/** Whether the owner may open `step`: any completed step, or the first one not done yet. */
export function canEnter(spec: PathSpec, completed: readonly string[], step: string): boolean {
  const i = indexOf(spec, step);
  return i !== -1 && i <= Math.min(frontier(spec, completed), spec.steps.length - 1);
}

/** Open another step (back to review, or forward to the next one). */
export function goTo(spec: PathSpec, state: CaseState, step: string): Move {
  if (indexOf(spec, step) === -1) return { ok: false, reason: 'unknown_step' };
  if (!canEnter(spec, state.completed, step)) return { ok: false, reason: 'jump_ahead' };
  return { ok: true, state: { step, completed: state.completed }, isFinished: isFinished(spec, state.completed) };
}

export function holdOn(spec: PathSpec, step: string, values: StepValues, facts: Facts): Hold | null {
  return spec.hold?.(step, values, facts) ?? null;
}

function advance(spec: PathSpec, state: CaseState, step: string): Move {
  const completed = state.completed.includes(step) ? [...state.completed] : [...state.completed, step];
  const order = stepIds(spec);
  completed.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const next = frontier(spec, completed);
  const finished = next === spec.steps.length;
  return { ok: true, state: { step: finished ? step : spec.steps[next]!.id, completed }, isFinished: finished };
}

/** Complete `step` with `values` (which already hold this step's answers). */
export function complete(spec: PathSpec, state: CaseState, step: string, values: StepValues, facts: Facts): Move {
  if (indexOf(spec, step) === -1) return { ok: false, reason: 'unknown_step' };
  if (!canEnter(spec, state.completed, step)) return { ok: false, reason: 'jump_ahead' };
  const hold = holdOn(spec, step, values, facts);
  if (hold) return { ok: false, reason: 'held', hold };
  return advance(spec, state, step);
}

/** Pass over a step that does not apply any more (recorded as skipped by the caller). */
export function skip(spec: PathSpec, state: CaseState, step: string, values: StepValues, facts: Facts): Move {
  if (indexOf(spec, step) === -1) return { ok: false, reason: 'unknown_step' };
  if (!canEnter(spec, state.completed, step)) return { ok: false, reason: 'jump_ahead' };
  if (indexOf(spec, step) === spec.steps.length - 1 || !spec.canSkip?.(step, values, facts)) {
    return { ok: false, reason: 'not_skippable' };
  }
  return advance(spec, state, step);
}

/** Where a left wizard picks up again: the saved step if it may still be opened, else the first step not done. */
export function resume(spec: PathSpec, state: CaseState): string {
  if (canEnter(spec, state.completed, state.step)) return state.step;
  const i = Math.min(frontier(spec, state.completed), spec.steps.length - 1);
  return spec.steps[i]!.id;
}
