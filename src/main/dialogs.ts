// The Electron side of the `Dialogs` dependency: native pickers on the app window.
import { dialog, type BrowserWindow } from 'electron';
import type { Dialogs } from './services/dialogs';

export function electronDialogs(window: () => BrowserWindow | undefined): Dialogs {
  return {
    async chooseFolder() {
      const win = window();
      const opts = { properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[] };
      const r = win ? await dialog.showOpenDialog(win, opts) : await dialog.showOpenDialog(opts);
      return r.canceled ? null : (r.filePaths[0] ?? null);
    },
    async chooseFile(purpose) {
      const win = window();
      const filters =
        purpose === 'import'
          ? [{ name: 'CSV', extensions: ['csv', 'txt'] }]
          : [{ name: 'Client Dossier database', extensions: ['db', 'sqlite'] }];
      const opts = { properties: ['openFile'] as 'openFile'[], filters };
      const r = win ? await dialog.showOpenDialog(win, opts) : await dialog.showOpenDialog(opts);
      return r.canceled ? null : (r.filePaths[0] ?? null);
    },
  };
}
