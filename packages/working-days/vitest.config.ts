import { motcuaVitestConfig } from '@motcua/vitest-config';

export default motcuaVitestConfig();
