import { defineConfig } from 'vitest/config';

// Benchmarks that need the TypeScript stand-ins run through vitest; they print tables and assert nothing.
export default defineConfig({ test: { include: ['bench/**/*.bench-run.ts'], testTimeout: 600_000, reporters: ['dot'] } });
