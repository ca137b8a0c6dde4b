import { z } from 'zod';
import { method } from './define';

export interface AppInfo {
  version: string;
  schemaVersion: number;
  databasePath: string;
  counts: Record<string, number>;
}

export const systemContract = {
  getAppInfo: method<AppInfo>()(z.undefined()),
};
