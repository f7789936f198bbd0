import { motcuaVitestConfig } from '@motcua/vitest-config';

export default motcuaVitestConfig({
  include: ['test/**/*.e2e.test.ts'],
  globalSetup: ['./global-setup.ts'],
  // One browser at a time on two cores, against one platform.
  maxWorkers: 1,
  fileParallelism: false,
});
