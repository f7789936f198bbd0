import { Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { bodyLimitFor, MAX_PUBLIC_BODY, MAX_SIGNED_IN_BODY, selectionCost } from '../src/limits.js';

function costOf(document: string) {
  const ast = parse(document);
  const fragments = new Map(
    ast.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const operation = ast.definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  )!;
  return selectionCost(operation.selectionSet, fragments);
}

describe('operation cost', () => {
  it('counts depth, fields and aliases of a plain query', () => {
    expect(costOf('{ a: procedures { edges { node { id } } } b: procedures { totalCount } }')).toEqual({
      depth: 4,
      fields: 6,
      aliases: 2,
    });
  });

  it('counts what fragments expand to, not what is written', () => {
    const fragments = ['F1', 'F2', 'F3'].map(
      (name, index, all) =>
        `fragment ${name} on Query { ${Array.from({ length: 10 }, (_, i) => `a${i}: q { ${all[index + 1] ? `...${all[index + 1]}` : 'id'} }`).join(' ')} }`,
    );
    const cost = costOf(`{ ...F1 } ${fragments.join(' ')}`);
    expect(cost.aliases).toBe(10 + 100 + 1000);
    expect(cost.fields).toBe(10 + 100 + 1000 + 1000);
  });

  it('measures a chain of fragments that spread each other twice without expanding it', () => {
    const chain = Array.from(
      { length: 60 },
      (_, i) => `fragment F${i} on Query { a { ...F${i + 1} ...F${i + 1} } }`,
    ).join(' ');
    const cost = costOf(`{ ...F0 } ${chain} fragment F60 on Query { id }`);
    expect(cost.depth).toBe(61);
    expect(cost.fields).toBeGreaterThan(2 ** 60);
  });

  it('does not loop on a fragment cycle', () => {
    expect(costOf('{ ...A } fragment A on Query { x { ...B } } fragment B on Query { y { ...A } }').depth).toBe(2);
  });
});

describe('request body size', () => {
  const person = (kind: 'staff' | 'citizen' | 'agency') => ({ kind, subject: 'someone', roles: [], scopes: [] });

  it('lets signed-in staff and citizens send up to 14 MB (imports, a 10 MB file as base64)', () => {
    expect(MAX_SIGNED_IN_BODY).toBe('14mb');
    expect(bodyLimitFor(person('staff'))).toBe(MAX_SIGNED_IN_BODY);
    expect(bodyLimitFor(person('citizen'))).toBe(MAX_SIGNED_IN_BODY);
  });

  it('keeps anonymous callers and API clients to 100 kB', () => {
    expect(MAX_PUBLIC_BODY).toBe('100kb');
    expect(bodyLimitFor({ kind: 'anonymous' })).toBe(MAX_PUBLIC_BODY);
    expect(bodyLimitFor(person('agency'))).toBe(MAX_PUBLIC_BODY);
  });
});
