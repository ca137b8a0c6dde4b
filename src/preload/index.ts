import { contextBridge, ipcRenderer } from 'electron';
import { methodNames, type Api } from '../shared/contract';

// Exactly one function per contract method, nothing else: no ipcRenderer, no Node.
const api = Object.fromEntries(
  methodNames.map((name) => [name, (input?: unknown) => ipcRenderer.invoke(`api:${name}`, input)]),
) as Api satisfies Api;

contextBridge.exposeInMainWorld('api', api);
