import type { ComponentType } from 'react';
import { BackupsSection } from '../features/safety/backups-section';
import { ReceiptsSection } from '../features/safety/receipts-section';
import { LockSection } from '../features/safety/lock';
import { ExportSection } from '../features/safety/export-section';
import { ImportSection } from '../features/safety/import-section';

/**
 * Sections other features add below the business profile on the Settings page, composed
 * here in the app layer so features never import each other. Add one entry per feature.
 */
export const settingsSections: { id: string; Component: ComponentType }[] = [
  { id: 'backups', Component: BackupsSection },
  { id: 'receipts', Component: ReceiptsSection },
  { id: 'export', Component: ExportSection },
  { id: 'import', Component: ImportSection },
  { id: 'lock', Component: LockSection },
];
