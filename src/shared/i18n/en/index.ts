import { common } from './common';
import { settings } from './settings';
import { clients } from './clients';
import { shell } from './shell';

export const en = { ...common, settings, clients, shell };
export type Catalogue = typeof en;
