/**
 * Limits on what one operation may ask for, checked before planning: nesting depth, aliases (the
 * cheap way to multiply work) and fields — all counted as the operation expands, fragments
 * included, so ten aliased spreads of a fragment count as what they really ask for. Each fragment's
 * cost is computed once and reused, so a chain of fragments that spread each other twice costs
 * linear time to measure, not exponential. The body size is capped by the HTTP parser, at a limit
 * that depends on who is calling (`bodyLimitFor`).
 */
import type { Principal } from '@motcua/subgraph-kit';
import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

export interface OperationLimits {
  maxDepth: number;
  maxAliases: number;
  maxFields: number;
}

export const DEFAULT_LIMITS: OperationLimits = { maxDepth: 12, maxAliases: 30, maxFields: 500 };

interface Cost {
  depth: number;
  fields: number;
  aliases: number;
}

const NOTHING: Cost = { depth: 0, fields: 0, aliases: 0 };

function tooComplex(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', limitExceeded: true } });
}

/** The expanded cost of a selection set; fragments are memoised, and a cycle (reported by graphql's own rule) counts nothing. */
export function selectionCost(
  selectionSet: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  memo = new Map<string, Cost>(),
  visiting = new Set<string>(),
): Cost {
  let depth = 0;
  let fields = 0;
  let aliases = 0;
  for (const selection of selectionSet.selections) {
    let child = NOTHING;
    let own = 0;
    if (selection.kind === Kind.FIELD) {
      child = selection.selectionSet ? selectionCost(selection.selectionSet, fragments, memo, visiting) : NOTHING;
      own = 1;
      fields += 1;
      if (selection.alias) aliases += 1;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      child = selectionCost(selection.selectionSet, fragments, memo, visiting);
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (fragment && !visiting.has(name)) {
        let cost = memo.get(name);
        if (!cost) {
          visiting.add(name);
          cost = selectionCost(fragment.selectionSet, fragments, memo, visiting);
          visiting.delete(name);
          memo.set(name, cost);
        }
        child = cost;
      }
    }
    depth = Math.max(depth, own + child.depth);
    fields += child.fields;
    aliases += child.aliases;
  }
  return { depth, fields, aliases };
}

export function operationLimitsRule(limits: OperationLimits) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map(
      context
        .getDocument()
        .definitions.flatMap((definition) =>
          definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition] as const] : [],
        ),
    );
    const memo = new Map<string, Cost>();
    return {
      OperationDefinition(node) {
        const cost = selectionCost(node.selectionSet, fragments, memo);
        if (cost.depth > limits.maxDepth) {
          context.reportError(
            tooComplex(`The operation is nested ${cost.depth} levels deep; the limit is ${limits.maxDepth}.`),
          );
        }
        if (cost.aliases > limits.maxAliases) {
          context.reportError(
            tooComplex(`The operation uses ${cost.aliases} aliases; the limit is ${limits.maxAliases}.`),
          );
        }
        if (cost.fields > limits.maxFields) {
          context.reportError(
            tooComplex(`The operation selects ${cost.fields} fields; the limit is ${limits.maxFields}.`),
          );
        }
        return false; // nothing below needs visiting again
      },
    };
  };
}

/** What anonymous callers and agencies' API clients may send in one request. */
export const MAX_PUBLIC_BODY = '100kb';
/**
 * What signed-in people may send: staff import a whole province's catalogue in one request
 * (docs/catalogue-format.md), staff and citizens upload a dossier's files as base64. The caller is
 * known before the body is read, so an anonymous caller never gets the larger buffer. A 10 MB file
 * grows by a third in base64, hence 14 MB.
 */
export const MAX_SIGNED_IN_BODY = '14mb';

export function bodyLimitFor(principal: Principal): string {
  return principal.kind === 'staff' || principal.kind === 'citizen' ? MAX_SIGNED_IN_BODY : MAX_PUBLIC_BODY;
}
