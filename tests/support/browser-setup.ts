import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { DIST, startStaticServer } from './static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync(`${DIST}/index.html`)) {
    throw new Error('Browser tests run against the built site: run `npx astro build` first (npm test does).');
  }
  const server = await startStaticServer();
  project.provide('siteUrl', server.url);
  return () => server.close();
}
