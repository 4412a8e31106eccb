/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // Type checking is `npm run typecheck`; jest only transpiles, which keeps the suite fast.
  transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] },
  testTimeout: 120000,
  // On a 2-core machine jest's default (cores - 1 = 1 worker) runs every file in its own main
  // process, one after another (in band): what the files left behind piled up to a 4 GB heap after
  // ~100 of the 170 files, and the run slowed to a crawl in garbage collection. Two workers, each
  // replaced once it holds more than 1 GB after a file, keep the heaps bounded: 402 s for all 170.
  // Tests whose assertions depend on the process not pausing run their scenario in a child process
  // (test/fixtures/rateBudgets/twoInstances.ts).
  maxWorkers: 2,
  workerIdleMemoryLimit: '1GB',
};
