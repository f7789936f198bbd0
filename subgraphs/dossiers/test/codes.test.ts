/**
 * Dossier codes under load: the day's running number comes from a counter row incremented inside
 * the receiving transaction, so parallel receptions at one agency get consecutive numbers, and a
 * reception that fails gives its number back and leaves nothing behind.
 */
import { rows } from '@motcua/subgraph-kit';
import { databaseKinds, useTestSubgraph } from '@motcua/subgraph-kit/testing';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { dossiersSubgraph } from '../src/index.js';
import { caller, callers, counterInput, type Call } from './support/dossiers.js';

const definition = async () =>
  dossiersSubgraph({
    proceduresFeedUrl: 'http://127.0.0.1:9/internal/events',
    organizationsFeedUrl: 'http://127.0.0.1:9/internal/events',
    portalUrl: 'http://portal.test/',
  });

const RECEIVE_CODE = `mutation($input: CounterReceptionInput!) { receiveAtCounter(input: $input) { dossier { id code } } }`;
const runningNumber = (code: string) => Number(code.split('-').at(-1));

describe.each(databaseKinds())('dossier codes on %s', (kind) => {
  const handle = useTestSubgraph(definition, kind);
  const call: Call = (...args) => caller(handle)(...args);
  const count = async (query: ReturnType<typeof sql>) =>
    Number((await rows<{ n: number }>(handle.subgraph.database.db, query))[0]!.n);

  it('50 parallel receptions at one agency get 50 distinct consecutive codes', async () => {
    const results = await Promise.all(
      Array.from({ length: 50 }, () => call(RECEIVE_CODE, { input: counterInput() }, callers.reception)),
    );
    expect(results.flatMap((result) => result.errors ?? [])).toEqual([]);
    const codes = results.map((result) => result.data!.receiveAtCounter.dossier.code as string);
    expect(new Set(codes).size).toBe(50);
    const numbers = codes.map(runningNumber).sort((a, b) => a - b);
    expect(numbers.at(-1)! - numbers[0]!).toBe(49);
    expect(new Set(codes.map((code) => code.slice(0, code.lastIndexOf('-')))).size).toBe(1);
  });

  it('a double submission racing itself makes one dossier, one event, and no gap in the numbers', async () => {
    const input = counterInput();
    const [first, second] = await Promise.all([
      call(RECEIVE_CODE, { input }, callers.reception),
      call(RECEIVE_CODE, { input }, callers.reception),
    ]);
    const id = first.data!.receiveAtCounter.dossier.id;
    expect(second.data!.receiveAtCounter.dossier.id).toBe(id);
    expect(
      await count(
        sql`select count(*)::int as n from dossiers.dossiers where idempotency_key = ${input.idempotencyKey}`,
      ),
    ).toBe(1);
    expect(await count(sql`select count(*)::int as n from dossiers.dossier_events where dossier_id = ${id}`)).toBe(1);
    const next = await call(RECEIVE_CODE, { input: counterInput() }, callers.reception);
    expect(runningNumber(next.data!.receiveAtCounter.dossier.code)).toBe(
      runningNumber(first.data!.receiveAtCounter.dossier.code) + 1,
    );
  });

  it('a refused reception leaves no dossier, no ledger event, no notice and no used number', async () => {
    const before = await call(RECEIVE_CODE, { input: counterInput() }, callers.reception);
    const counts = () =>
      Promise.all([
        count(sql`select count(*)::int as n from dossiers.dossiers`),
        count(sql`select count(*)::int as n from dossiers.dossier_events`),
        count(sql`select count(*)::int as n from dossiers.notifications`),
        count(sql`select count(*)::int as n from dossiers.outbox`),
      ]);
    const written = await counts();
    const refused = await call(
      RECEIVE_CODE,
      { input: counterInput({ applicant: { kind: 'PERSON', name: 'A', idNumber: '1', address: 'x' } }) },
      callers.reception,
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await counts()).toEqual(written);
    const after = await call(RECEIVE_CODE, { input: counterInput() }, callers.reception);
    expect(runningNumber(after.data!.receiveAtCounter.dossier.code)).toBe(
      runningNumber(before.data!.receiveAtCounter.dossier.code) + 1,
    );
  });
});
