import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Real git, Python and loopback servers: allow for a loaded 2-core CI machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Two workers on the 2-core machine (vitest's default is one fewer than the cores): most tests
    // wait on git, Python or a loopback server, so two files overlap well.
    maxWorkers: 2,
    minWorkers: 1,
    reporters: ['default'],
    // @actions/workflow-parser imports its JSON schemas without `with { type: 'json' }`, which Node's
    // own ESM loader refuses; inlined, vite transforms those imports (test/repository/workflows.test.ts).
    server: { deps: { inline: ['@actions/workflow-parser'] } },
  },
});
