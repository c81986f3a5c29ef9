import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';

export default defineConfig({
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
    projects: [
      {
        test: { name: 'model', include: ['tests/model/**/*.test.ts'], environment: 'node' },
      },
      {
        plugins: [svelte(), svelteTesting()],
        test: {
          name: 'components',
          include: ['tests/components/**/*.test.ts'],
          environment: 'jsdom',
          setupFiles: ['@testing-library/svelte/vitest', './tests/support/components-setup.ts'],
        },
      },
      {
        test: { name: 'build', include: ['tests/build/**/*.test.ts'], environment: 'node' },
      },
      {
        // Components compiled for the server, as Astro renders them before hydration.
        plugins: [svelte()],
        test: { name: 'ssr', include: ['tests/ssr/**/*.test.ts'], environment: 'node' },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['./tests/support/browser-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Browser files mostly wait (for loads, hydration, animations, announcements), so
          // four run side by side, each with its own Chromium: on two cores the layer takes
          // about 255 s, against about 300 s three at a time (4 December 2026, seven chapters,
          // nine widgets), with no test measuring time against another file's load. They run
          // after the other layers (groupOrder), which are quick.
          maxWorkers: 4,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
