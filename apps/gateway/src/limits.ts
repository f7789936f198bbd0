/**
 * Limits on what one operation may ask for, checked before planning: nesting depth, aliases (the
 * cheap way to multiply work), and the number of fields. The body size is capped by the HTTP parser.
 */
import { GraphQLError, Kind, type ASTVisitor, type SelectionSetNode, type ValidationContext } from 'graphql';

export interface OperationLimits {
  maxDepth: number;
  maxAliases: number;
  maxFields: number;
}

export const DEFAULT_LIMITS: OperationLimits = { maxDepth: 12, maxAliases: 30, maxFields: 500 };

function tooComplex(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', limitExceeded: true } });
}

export function operationLimitsRule(limits: OperationLimits) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map(
      context
        .getDocument()
        .definitions.flatMap((definition) =>
          definition.kind === Kind.FRAGMENT_DEFINITION
            ? [[definition.name.value, definition.selectionSet] as const]
            : [],
        ),
    );
    let aliases = 0;
    let fields = 0;

    // Depth follows fragment spreads; `seen` stops a cycle (which validation reports separately).
    function depthOf(selectionSet: SelectionSetNode, seen: Set<string>): number {
      let deepest = 0;
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          deepest = Math.max(deepest, selection.selectionSet ? 1 + depthOf(selection.selectionSet, seen) : 1);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          deepest = Math.max(deepest, depthOf(selection.selectionSet, seen));
        } else if (!seen.has(selection.name.value)) {
          const fragment = fragments.get(selection.name.value);
          if (fragment) deepest = Math.max(deepest, depthOf(fragment, new Set([...seen, selection.name.value])));
        }
      }
      return deepest;
    }

    return {
      Field(node) {
        fields++;
        if (node.alias) aliases++;
      },
      OperationDefinition: {
        enter(node) {
          const depth = depthOf(node.selectionSet, new Set());
          if (depth > limits.maxDepth) {
            context.reportError(
              tooComplex(`The operation is nested ${depth} levels deep; the limit is ${limits.maxDepth}.`),
            );
          }
        },
      },
      Document: {
        leave() {
          if (aliases > limits.maxAliases) {
            context.reportError(
              tooComplex(`The operation uses ${aliases} aliases; the limit is ${limits.maxAliases}.`),
            );
          }
          if (fields > limits.maxFields) {
            context.reportError(
              tooComplex(`The operation selects ${fields} fields; the limit is ${limits.maxFields}.`),
            );
          }
        },
      },
    };
  };
}
