/**
 * Relay connections over keyset pagination. A cursor is an opaque base64url JSON of the sort key
 * of the last row seen, so pages stay stable while rows are added.
 */
import { badInput } from './errors.js';

export const MAX_PAGE_SIZE = 100;

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
}

export function encodeCursor(key: unknown): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor<T>(cursor: string | null | undefined, isValid: (value: unknown) => value is T): T | null {
  if (cursor == null) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (isValid(value)) return value;
  } catch {
    // fall through to the typed error below
  }
  throw badInput('The cursor is not one this API issued; start again without `after`.', 'after');
}

export function pageSize(first: number | null | undefined, fallback = 20): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw badInput(`\`first\` must be between 0 and ${MAX_PAGE_SIZE}.`, 'first');
  }
  return size;
}

/**
 * Builds a connection from rows fetched with `limit = size + 1`: the extra row only tells whether
 * a next page exists.
 */
export function toConnection<Row, Node>(
  rows: Row[],
  size: number,
  totalCount: number,
  cursorKey: (row: Row) => unknown,
  toNode: (row: Row) => Node,
  hasPreviousPage: boolean,
): Connection<Node> {
  const page = rows.slice(0, size);
  const edges = page.map((row) => ({ cursor: encodeCursor(cursorKey(row)), node: toNode(row) }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > size,
      hasPreviousPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** A page key of (string, uuid): a sort value then the row id as tie-breaker. */
export function isStringIdKey(value: unknown): value is [string, string] {
  return (
    Array.isArray(value) &&
    value.length === 2 &&
    typeof value[0] === 'string' &&
    typeof value[1] === 'string' &&
    /^[0-9a-f-]{36}$/i.test(value[1])
  );
}

export interface KeysetPageRequest<Key, Row> {
  first: number | null | undefined;
  after: string | null | undefined;
  isKey: (value: unknown) => value is Key;
  /** The sort key of a row; its encoding is the row's cursor. */
  keyOf: (row: Row) => Key;
  /** Rows after `after` in sort order, at most `limit`, and the total without paging. */
  fetch: (after: Key | null, limit: number) => Promise<{ rows: Row[]; totalCount: number }>;
}

/** The whole Relay connection dance of a list resolver: validate, fetch one extra row, shape. */
export async function keysetConnection<Key, Row>(request: KeysetPageRequest<Key, Row>): Promise<Connection<Row>> {
  const size = pageSize(request.first);
  const after = decodeCursor(request.after, request.isKey);
  const { rows, totalCount } = await request.fetch(after, size + 1);
  return toConnection(rows, size, totalCount, request.keyOf, (row) => row, after !== null);
}

/** A page key of (ISO timestamp, uuid), as list resolvers ordered by creation time use. */
export function isTimestampIdKey(value: unknown): value is [string, string] {
  return (
    isStringIdKey(value) &&
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/.test(value[0]) &&
    !Number.isNaN(Date.parse(value[0]))
  );
}

/** A page key of (YYYY-MM-DD, uuid). */
export function isDateIdKey(value: unknown): value is [string, string] {
  return (
    isStringIdKey(value) && /^\d{4}-\d{2}-\d{2}$/.test(value[0]) && !Number.isNaN(Date.parse(`${value[0]}T00:00:00Z`))
  );
}
