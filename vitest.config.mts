import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    reporters: ['default', './test/summaryReporter.ts'],
    // Browser and CLI tests start Chromium and child processes; give them room on a 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // expect.poll waits for what the app signals; 1 s (the default) is too short on a loaded 2-core machine.
    expect: { poll: { timeout: 15_000, interval: 50 } },
    pool: 'forks',
    maxWorkers: 2,
  },
});
