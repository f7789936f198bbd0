/**
 * The procedures subgraph's resolvers. The catalogue is public by law (every procedure must be
 * published), so reads are open to every principal, anonymous included; drafts, internal processes
 * and every change are for catalogue editors.
 */
import type { Resolvers } from '@motcua/subgraph-kit';

type FieldResolvers = Record<string, unknown>;
import { catalogueResolvers } from './catalogue.js';
import { editingResolvers } from './editing.js';
import { exchangeResolvers } from './exchange.js';

export const resolvers: Resolvers = {
  ...catalogueResolvers,
  Query: { ...(catalogueResolvers.Query as FieldResolvers), ...(exchangeResolvers.Query as FieldResolvers) },
  Mutation: { ...(editingResolvers.Mutation as FieldResolvers), ...(exchangeResolvers.Mutation as FieldResolvers) },
} as Resolvers;
