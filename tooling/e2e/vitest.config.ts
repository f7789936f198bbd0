import { motcuaVitestConfig } from '@motcua/vitest-config';

export default motcuaVitestConfig({
  include: ['test/**/*.e2e.test.ts'],
  globalSetup: ['./global-setup.ts'],
  // One browser at a time on two cores, against one platform.
  maxWorkers: 1,
  fileParallelism: false,
  // `expect.poll` waits as long as a Playwright locator does (openPage sets 15 s), not vitest's 1 s:
  // on a busy machine a debounced search can take longer than a second to reach the table.
  expect: { poll: { timeout: 15_000 } },
});
