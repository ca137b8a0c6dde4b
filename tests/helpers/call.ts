import type { ApiImpl, InputOf, MethodName, OutputOf } from '../../src/shared/contract';
import type { ApiErrorShape } from '../../src/shared/errors';
import { dispatch } from '../../src/main/dispatch';

/**
 * Calls the API the way the renderer does — through dispatch, so inputs are parsed and
 * defaults applied — and unwraps the envelope; a failure rejects with its code and message.
 */
export async function call<K extends MethodName>(api: ApiImpl, name: K, input?: InputOf<K>): Promise<OutputOf<K>> {
  const r = await dispatch(api, name, input);
  if (!r.ok) throw Object.assign(new Error(r.error.message), r.error satisfies ApiErrorShape);
  return r.value as OutputOf<K>;
}
