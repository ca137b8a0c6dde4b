// The real OS dialogs and file opener, handed to the services as plain functions.
import { dialog, shell, type BrowserWindow } from 'electron';
import type { Dialogs, OpenFile } from './services/os';

export function electronDialogs(getWindow: () => BrowserWindow | null): Dialogs {
  return {
    async chooseFiles(opts = {}) {
      const win = getWindow();
      const options = {
        properties: ['openFile', 'multiSelections'] as ('openFile' | 'multiSelections')[],
        ...(opts.title ? { title: opts.title } : {}),
      };
      const r = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return r.canceled ? [] : r.filePaths;
    },
    async chooseSavePath(opts) {
      const win = getWindow();
      const options = { defaultPath: opts.defaultName, ...(opts.title ? { title: opts.title } : {}) };
      const r = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return r.canceled || !r.filePath ? null : r.filePath;
    },
  };
}

/** shell.openPath for a path main resolved from a fingerprint; its error string becomes a failure. */
export const electronOpenFile: OpenFile = async (path) => {
  const error = await shell.openPath(path);
  if (error) throw new Error(error);
};
