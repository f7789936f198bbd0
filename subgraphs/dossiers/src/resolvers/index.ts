/** The dossiers subgraph's resolvers, one module per concern. */
import type { Resolvers } from '@motcua/subgraph-kit';
import { attachmentResolvers, type AttachmentConfig } from './attachments.js';
import { calendarResolvers } from './calendar.js';
import { dossierFieldResolvers } from './dossier-fields.js';
import { mutationResolvers } from './mutations.js';
import { queryResolvers } from './queries.js';
import { slipResolvers, type SlipConfig } from './slips.js';
import { trackingBookResolvers } from './tracking-book.js';

export type { AttachmentConfig, SlipConfig };

type FieldMap = Record<string, unknown>;
const merge = (...maps: (Resolvers[string] | undefined)[]) =>
  Object.assign({}, ...maps.map((map) => map as FieldMap)) as Resolvers[string];

export const dossierResolvers = (config: SlipConfig & AttachmentConfig): Resolvers => ({
  Query: merge(queryResolvers.Query, calendarResolvers.Query, trackingBookResolvers(config).Query),
  Mutation: merge(mutationResolvers.Mutation, calendarResolvers.Mutation, attachmentResolvers(config).Mutation),
  Dossier: merge(
    queryResolvers.Dossier,
    dossierFieldResolvers.Dossier,
    slipResolvers(config).Dossier,
    attachmentResolvers(config).Dossier,
  ),
  Attachment: merge(attachmentResolvers(config).Attachment),
  DossierTracking: merge(dossierFieldResolvers.DossierTracking),
  WorkingCalendar: merge(calendarResolvers.WorkingCalendar),
});
