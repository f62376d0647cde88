import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    // Terminal tests spawn real processes; give them room on a shared 2-core machine.
    testTimeout: 90_000,
    hookTimeout: 90_000,
    env: { FORCE_COLOR: '0' },
    // The soak test measures heap growth after a forced collection.
    execArgv: ['--expose-gc'],
  },
});
