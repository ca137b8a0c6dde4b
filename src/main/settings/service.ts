import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { settings } from '../db/schema';
import { profileSchema, type Profile, type ProfileInput, type SettingsView } from '../../shared/contract/settings';
import { hourlyCostRateMinor } from '../../shared/domain/capacity';
import { nowIso, writesCounter, type ServiceContext } from '../core/context';

/**
 * Settings are stored as one JSON document per key, each validated by its schema on the
 * way in and on the way out (a hand-edited database cannot feed the app bad values).
 */
export function createSettingsStore(ctx: ServiceContext) {
  // Settings are read on every page (currency, rates, catalogues) and written rarely: keep each
  // parsed value until the file changes (writesCounter: this connection's writes, outside this
  // store too, and other connections' commits). Values are frozen, as they are shared.
  const changes = writesCounter(ctx.sqlite);
  const row = ctx.db
    .select()
    .from(settings)
    .where(eq(settings.key, sql.placeholder('key')))
    .prepare();
  let cache = new Map<string, { schema: z.ZodType; value: unknown }>();
  let cachedAt = '';

  function read<S extends z.ZodType>(key: string, schema: S): z.output<S> | null {
    const now = changes();
    if (now !== cachedAt) {
      cache = new Map();
      cachedAt = now;
    }
    const hit = cache.get(key);
    if (hit?.schema === schema) return hit.value as z.output<S> | null;
    const r = row.get({ key });
    const parsed = r ? schema.safeParse(JSON.parse(r.value)) : null;
    const value = parsed?.success ? deepFreeze(parsed.data) : null;
    cache.set(key, { schema, value });
    return value;
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
function deepFreeze<T>(v: T): T {
  if (v && typeof v === 'object' && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const x of Object.values(v)) deepFreeze(x);
  }
  return v;
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

  function saveProfile(input: ProfileInput): SettingsView {
    store.write('profile', profileSchema, input);
    return view();
  }

  return { store, profile, view, saveProfile };
}
export type SettingsService = ReturnType<typeof createSettingsService>;
