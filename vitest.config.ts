// Vitest: every tests/**/*.test.ts, each file in a forked process (clang-ts is a native addon).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Generates and builds the fixture addon once for the runtime and golden tests.
    globalSetup: ['tests/setup/fixtureAddon.ts'],
    pool: 'forks',
    // One parse of OGRE's headers takes about 5 s, and each CLI test parses them once.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
