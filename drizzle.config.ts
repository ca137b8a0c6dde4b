import { defineConfig } from 'drizzle-kit';

// Migrations are generated here, then embedded into src/main/db/migrations.gen.ts by
// scripts/embed-migrations.ts so the app, the CLI and the tests never read them from disk.
export default defineConfig({
  dialect: 'sqlite',
  schema: './src/main/db/schema.ts',
  out: './src/main/db/migrations',
});
