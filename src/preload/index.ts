import { contextBridge, ipcRenderer } from 'electron';
import type { Api } from '../shared/contract';
// the names-only list: the full contract would bring zod and every schema into the preload
import { methodNames } from '../shared/contract/method-names';

// Exactly one function per contract method, nothing else: no ipcRenderer, no Node.
const api = Object.fromEntries(
  methodNames.map((name) => [name, (input?: unknown) => ipcRenderer.invoke(`api:${name}`, input)]),
) as Api satisfies Api;

contextBridge.exposeInMainWorld('api', api);
