import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { methodNames, type ApiImpl } from '../shared/contract';
import type { Result } from '../shared/errors';
import { dispatch } from './dispatch';

export const channelOf = (method: string): string => `api:${method}`;

/** Registers one handler per contract method. Unknown senders get FORBIDDEN and nothing runs. */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  api: ApiImpl,
  isTrusted: (event: IpcMainInvokeEvent) => boolean,
): void {
  const seen = new Set<string>();
  for (const name of methodNames) {
    if (seen.has(name)) throw new Error(`duplicate IPC method ${name}`);
    seen.add(name);
    ipcMain.handle(channelOf(name), async (event, input: unknown): Promise<Result<unknown>> => {
      if (!isTrusted(event)) {
        return { ok: false, error: { code: 'FORBIDDEN', message: 'This window may not call the app.' } };
      }
      return dispatch(api, name, input);
    });
  }
}
