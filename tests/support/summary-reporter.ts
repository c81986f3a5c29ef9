import type { Reporter, TestModule } from 'vitest/node';

/**
 * Ends the run with the time each layer (vitest project) took, summed over its files, and one
 * plain line, "N passed, N failed, N skipped", for CI logs to read. The per-layer figures show
 * where a new chapter or widget costs suite time.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    const layers = new Map<string, { files: number; tests: number; ms: number }>();
    for (const module of testModules) {
      const layer = layers.get(module.project.name) ?? { files: 0, tests: 0, ms: 0 };
      layer.files += 1;
      layer.ms += module.diagnostic().duration;
      for (const test of module.children.allTests()) {
        layer.tests += 1;
        const state = test.result().state;
        if (state === 'passed') counts.passed++;
        else if (state === 'failed') counts.failed++;
        else counts.skipped++;
      }
      layers.set(module.project.name, layer);
    }
    console.log('\nper layer (summed file time):');
    for (const [name, { files, tests, ms }] of [...layers].sort((a, b) => b[1].ms - a[1].ms)) {
      console.log(`  ${name.padEnd(11)} ${(ms / 1000).toFixed(1).padStart(6)} s  ${String(tests).padStart(4)} tests in ${files} files`);
    }
    console.log(`\n${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  }
}
