import type { SettingsSection } from '../features/settings/settings-page';
import { BackupsSection } from '../features/safety/backups-section';
import { ReceiptsSection } from '../features/safety/receipts-section';
import { LockSection } from '../features/safety/lock';
import { ExportSection } from '../features/safety/export-section';
import { ImportSection } from '../features/safety/import-section';
import { TeamSection } from '../features/team/team-section';

/**
 * Views other features add to Settings after the business's own (profile, value calculator,
 * sample data), composed here in the app layer so features never import each other. Each is
 * its own view at `/settings/<id>`; `labels` are the catalogue keys the Settings search looks
 * through to find a setting by its name. Add one entry per feature.
 */
export const settingsSections: SettingsSection[] = [
  {
    id: 'team',
    group: 'business',
    Component: TeamSection,
    labels: ['team.join.title', 'team.state.syncNow', 'team.leave.button', 'team.conflicts.title'],
  },
  {
    id: 'backups',
    Component: BackupsSection,
    labels: ['safety.backups.backUpNow', 'safety.backups.backUpToFolder', 'safety.backups.restoreFromFile'],
  },
  { id: 'receipts', Component: ReceiptsSection, labels: ['safety.receipts.make', 'safety.receipts.check'] },
  { id: 'export', Component: ExportSection, labels: ['safety.export.all'] },
  { id: 'import', Component: ImportSection, labels: ['safety.import.title'] },
  { id: 'lock', Component: LockSection, labels: ['safety.lock.passphrase', 'safety.lock.idle', 'safety.lock.lockNow'] },
];
