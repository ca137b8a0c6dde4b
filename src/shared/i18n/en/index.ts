import { common } from './common';
import { settings } from './settings';
import { clients } from './clients';
import { shell } from './shell';
import { reports } from './reports';

export const en = { ...common, settings, clients, shell, reports };
export type Catalogue = typeof en;
