import { common } from './common';
import { settings } from './settings';
import { clients } from './clients';
import { shell } from './shell';
import { offboarding } from './offboarding';

export const en = { ...common, settings, clients, shell, offboarding };
export type Catalogue = typeof en;
