// One PostgreSQL server for every team test file (each file makes its own database on it).
import type { TestProject } from 'vitest/node';
import { startTeamServer } from '../helpers/team-server';

declare module 'vitest' {
  export interface ProvidedContext {
    teamServerUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await startTeamServer();
  if (!process.env['TEAM_TEST_URL'])
    process.stderr.write(`team tests: PostgreSQL started in ${Math.round(server.startedInMs)} ms\n`);
  project.provide('teamServerUrl', server.url);
  return () => server.stop();
}
