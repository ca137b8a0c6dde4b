import { common } from './common';
import { settings } from './settings';
import { clients } from './clients';
import { shell } from './shell';
import { money } from './money';
import { value } from './value';
import { portfolio } from './portfolio';
import { safety } from './safety';
import { journal } from './journal';
import { offboarding } from './offboarding';
import { reports } from './reports';
import { people } from './people';
import { teamRecords } from './team-records';
import { team } from './team';

export const en = {
  ...common,
  settings,
  clients,
  shell,
  money,
  value,
  portfolio,
  safety,
  journal,
  offboarding,
  reports,
  teamRecords,
  people,
  team,
};
export type Catalogue = typeof en;
