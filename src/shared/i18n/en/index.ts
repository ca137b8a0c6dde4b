import { common } from './common';
import { settings } from './settings';
import { clients } from './clients';
import { shell } from './shell';
import { safety } from './safety';

export const en = { ...common, settings, clients, shell, safety };
export type Catalogue = typeof en;
