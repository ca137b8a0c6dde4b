import { methodNames, type ApiImpl } from '../../src/shared/contract';
import { dispatch } from '../../src/main/dispatch';

/**
 * The source of an init script that defines `window.api` exactly as the preload does — one
 * function per contract method — forwarding to `window.__apiCall` (page.exposeFunction).
 * A string, not a function: tsx/esbuild helpers would not exist in the page.
 */
export function apiInitScript(bridgeName = '__apiCall'): string {
  const entries = methodNames.map(
    (n) => `${JSON.stringify(n)}: (input) => window.${bridgeName}(${JSON.stringify(n)}, input === undefined ? null : input)`,
  );
  return `Object.defineProperty(window, 'api', { value: Object.freeze({ ${entries.join(', ')} }), writable: false });`;
}

/** The main-process side of the bridge: the same dispatch ipc.ts uses. `null` stands for "no input". */
export function bridgeHandler(api: ApiImpl) {
  return (name: string, input: unknown) => dispatch(api, name, input === null ? undefined : input);
}
