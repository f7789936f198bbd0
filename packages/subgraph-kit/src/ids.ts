import { createHash, randomUUID } from 'node:crypto';

export const newId = (): string => randomUUID();

/**
 * A UUID derived from a natural key (RFC 4122 version 5 layout). Seed data uses it so that every
 * subgraph computes the same id for, say, the agency with electronic ID 000.00.12.H37 without
 * reading another subgraph's tables.
 */
export function stableId(kind: string, naturalKey: string): string {
  const hash = createHash('sha1').update(`motcua:${kind}:${naturalKey}`).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string): boolean => UUID.test(value);
