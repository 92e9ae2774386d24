import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NextConfig } from 'next';

const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const config: NextConfig = {
  // Native and server-only modules stay out of the bundles and load from node_modules.
  serverExternalPackages: ['better-sqlite3', 'pg', 'kysely', 'fastify', '@fastify/cors', '@fastify/rate-limit', 'trpc-to-openapi'],
  // Workspace packages live in the repository's node_modules (npm workspaces).
  turbopack: { root: repositoryRoot },
  outputFileTracingRoot: repositoryRoot,
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
};

export default config;
