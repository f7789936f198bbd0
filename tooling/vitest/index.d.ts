import type { UserConfig } from 'vitest/config';

export function motcuaVitestConfig(overrides?: NonNullable<UserConfig['test']>): UserConfig;
