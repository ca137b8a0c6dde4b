import { z } from 'zod';
import { method } from './define';
import { languages } from '../domain/format';

export interface SampleDataStatus {
  sampleClients: number;
  realClients: number;
  /** sample data can only be added to a database with no clients of its own */
  canLoad: boolean;
}

export interface SampleLoadResult {
  clients: number;
  invoices: number;
  payments: number;
  directCosts: number;
  journalEntries: number;
}

export interface SampleRemoveResult {
  removedClients: number;
  /** sample clients the owner added real journal entries to: kept, and no longer marked sample */
  keptClients: number;
}

export const sampleContract = {
  sampleDataStatus: method<SampleDataStatus>()(z.undefined()),
  /** first run: a sample business profile and about 40 sample clients */
  loadSampleData: method<SampleLoadResult>()(z.strictObject({ language: z.enum(languages) })),
  removeSampleData: method<SampleRemoveResult>()(z.undefined()),
};
