/**
 * Layering rules (docs/architecture.md):
 * - domain is pure: it imports nothing from db, http, modules, integrations, cli or I/O packages;
 * - a module reaches another module only through its service, never its store;
 * - nothing imports the CLI, and production code never imports tests.
 */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment: 'Domain rules are pure: no database, HTTP, integrations, modules or CLI.',
      from: { path: '^src/domain/' },
      to: { path: '^src/(db|http|modules|integrations|cli|security|demo)/|^src/(config|services)\\.ts$' },
    },
    {
      name: 'domain-no-io-packages',
      severity: 'error',
      comment: 'Domain rules do no I/O.',
      from: { path: '^src/domain/' },
      to: {
        dependencyTypes: ['npm', 'npm-dev', 'core'],
        path: '^(node:)?(fs|net|http|https|child_process|dgram|worker_threads)$|node_modules/(pg|kysely|@electric-sql|fastify|@fastify|pino)/',
      },
    },
    {
      name: 'store-private-to-module',
      severity: 'error',
      comment: 'A module reaches another module through its service, never its store (tables).',
      from: { path: '^src/modules/([^/]+)/' },
      to: { path: '^src/modules/([^/]+)/[^/]*store\\.ts$', pathNot: '^src/modules/$1/' },
    },
    {
      name: 'no-cli-imports',
      severity: 'error',
      from: { pathNot: '^src/cli/' },
      to: { path: '^src/cli/' },
    },
    {
      name: 'no-test-code-in-production',
      severity: 'error',
      from: { path: '^src/', pathNot: '\\.test\\.ts$' },
      to: { path: '^test/|\\.test\\.ts$' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.test\\.ts$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
