import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { settings } from '../db/schema';
import { profileSchema, type Profile, type SettingsView } from '../../shared/contract/settings';
import { hourlyCostRateMinor } from '../../shared/domain/capacity';
import { nowIso, type ServiceContext } from './context';

/**
 * Settings are stored as one JSON document per key, each validated by its schema on the
 * way in and on the way out (a hand-edited database cannot feed the app bad values).
 */
export function createSettingsStore(ctx: ServiceContext) {
  function read<S extends z.ZodType>(key: string, schema: S): z.output<S> | null {
    const row = ctx.db.select().from(settings).where(eq(settings.key, key)).get();
    if (!row) return null;
    const parsed = schema.safeParse(JSON.parse(row.value));
    return parsed.success ? parsed.data : null;
  }

  function write<S extends z.ZodType>(key: string, schema: S, value: z.input<S>): z.output<S> {
    const parsed = schema.parse(value);
    const json = JSON.stringify(parsed);
    const at = nowIso(ctx);
    ctx.db
      .insert(settings)
      .values({ key, value: json, createdAt: at, updatedAt: at })
      .onConflictDoUpdate({ target: settings.key, set: { value: json, updatedAt: at } })
      .run();
    return parsed;
  }

  return { read, write };
}
export type SettingsStore = ReturnType<typeof createSettingsStore>;

export function createSettingsService(ctx: ServiceContext) {
  const store = createSettingsStore(ctx);

  function profile(): Profile | null {
    return store.read('profile', profileSchema);
  }

  function view(): SettingsView {
    const p = profile();
    return { profile: p, hourlyCostRateMinor: p ? hourlyCostRateMinor(p) : 0 };
  }

  function saveProfile(input: Profile): SettingsView {
    store.write('profile', profileSchema, input);
    return view();
  }

  return { store, profile, view, saveProfile };
}
export type SettingsService = ReturnType<typeof createSettingsService>;
