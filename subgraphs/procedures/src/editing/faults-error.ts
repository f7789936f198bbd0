import { ErrorCode } from '@motcua/subgraph-kit';
import { GraphQLError } from 'graphql';
import type { VersionFault } from '../domain/version-rules.js';

/**
 * One typed error for every fault at once: `extensions.field` names the first (for forms that show
 * one message), `extensions.faults` lists them all with their paths under `prefix`.
 */
export function faultsError(message: string, faults: VersionFault[], prefix = ''): GraphQLError {
  const located = faults.map((fault) => ({ field: `${prefix}${fault.field}`, message: fault.message }));
  const details = located.map((fault) => `${fault.field}: ${fault.message}`).join('\n');
  return new GraphQLError(`${message}\n${details}`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, field: located[0]?.field, faults: located },
  });
}
