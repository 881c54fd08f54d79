import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'domain',
          include: ['packages/domain/src/**/*.test.ts'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        // pure functions of the web app (no DOM)
        test: {
          name: 'web',
          include: ['packages/web/src/**/*.test.ts'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'server',
          sequence: { groupOrder: 1 },
          include: ['packages/server/src/**/*.test.ts', 'packages/server/test/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          pool: 'forks',
          maxWorkers: 2,
          globalSetup: ['packages/server/test/global-setup.ts'],
        },
      },
    ],
  },
});
