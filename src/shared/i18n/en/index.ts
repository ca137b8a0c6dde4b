import { common } from './common';
import { settings } from './settings';
import { clients } from './clients';
import { shell } from './shell';
import { journal } from './journal';

export const en = { ...common, settings, clients, shell, journal };
export type Catalogue = typeof en;
