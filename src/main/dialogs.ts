import { app, BrowserWindow, dialog, safeStorage, shell } from 'electron';
import type { Dialogs } from './core/dialogs';
import { fileSecrets, memorySecrets, type Secrets } from './team/secrets';

/**
 * Team passwords, encrypted by the OS (Keychain, DPAPI, the Secret Service) into a file in the
 * user-data folder. Where the OS offers no encryption (Linux without a keyring: safeStorage's
 * 'basic_text' backend is plain text in disguise) nothing is stored: the person is asked at each start.
 */
export function electronSecrets(file: string): Secrets {
  let usable: boolean;
  try {
    const linuxPlain = process.platform === 'linux' && safeStorage.getSelectedStorageBackend?.() === 'basic_text';
    usable = safeStorage.isEncryptionAvailable() && !linuxPlain;
  } catch {
    usable = false; // no safeStorage at all: never fall back to plain text
  }
  if (!usable) return memorySecrets();
  return fileSecrets(file, {
    seal: (v) => safeStorage.encryptString(v).toString('base64'),
    open: (v) => safeStorage.decryptString(Buffer.from(v, 'base64')),
  });
}

/** The real dialogs, attached to the focused window. Part of the Electron shell. */
export function electronDialogs(): Dialogs {
  const parent = () => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  return {
    async chooseSavePath({ title, buttonLabel, defaultName, filters }) {
      const win = parent();
      const opts = {
        title,
        buttonLabel,
        defaultPath: defaultName,
        filters,
        properties: ['createDirectory', 'showOverwriteConfirmation'] as ('createDirectory' | 'showOverwriteConfirmation')[],
      };
      const r = win ? await dialog.showSaveDialog(win, opts) : await dialog.showSaveDialog(opts);
      return r.canceled || !r.filePath ? null : r.filePath;
    },
    async chooseOpenFiles({ title, buttonLabel, multiple, filters }) {
      const win = parent();
      const opts = {
        title,
        buttonLabel,
        filters,
        properties: (multiple ? ['openFile', 'multiSelections'] : ['openFile']) as ('openFile' | 'multiSelections')[],
      };
      const r = win ? await dialog.showOpenDialog(win, opts) : await dialog.showOpenDialog(opts);
      return r.canceled ? [] : r.filePaths;
    },
    async chooseFolder({ title, buttonLabel }) {
      const win = parent();
      const opts = { title, buttonLabel, properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[] };
      const r = win ? await dialog.showOpenDialog(win, opts) : await dialog.showOpenDialog(opts);
      return r.canceled ? null : (r.filePaths[0] ?? null);
    },
    async openPath(path) {
      const error = await shell.openPath(path);
      if (error) throw new Error(error);
    },
    async openMailLink(url) {
      // only a mail link: never a web page or a file, whatever the caller passes
      if (!/^mailto:/i.test(url)) throw new Error('Only mailto: links are opened');
      await shell.openExternal(url);
    },
    restartApp() {
      // after the answer has reached the window; quitting closes the database cleanly
      setTimeout(() => {
        app.relaunch();
        app.quit();
      }, 300);
    },
  };
}
