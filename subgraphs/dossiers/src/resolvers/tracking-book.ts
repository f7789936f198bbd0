/** The tracking book of a one-stop for a period, from the same ledgers and figures as every page. */
import {
  badInput,
  forbidden,
  hasRole,
  isCalendarDate,
  unauthenticated,
  type Resolvers,
  type SubgraphContext,
} from '@motcua/subgraph-kit';
import { addCalendarDays } from '@motcua/working-days';
import { EVENT } from '../domain/ledger.js';
import { ruleSetOn } from '../domain/rule-sets.js';
import { renderTrackingBookPdf, renderTrackingBookSpreadsheet } from '../slips/index.js';
import { receivedBetween } from '../store/queries.js';
import { agencyName, eventsOf, figuresOf, nowOf, versionOf } from './dossier-view.js';
import type { SlipConfig } from './slips.js';

const MAX_DAYS = 366;
/** Local midnight in Vietnam (UTC+7) of a calendar date. */
const vietnamMidnight = (date: string) => new Date(`${date}T00:00:00+07:00`);

function requireBookReader(ctx: SubgraphContext, agencyId: string): void {
  if (ctx.principal.kind === 'anonymous') throw unauthenticated();
  const ofAgency = ctx.principal.kind === 'staff' && ctx.principal.roles.some((grant) => grant.scopeId === agencyId);
  if (!ofAgency && !hasRole(ctx.principal, 'SYSTEM_ADMIN'))
    throw forbidden('Only staff of this one-stop read its tracking book.');
}

export function trackingBookResolvers(config: SlipConfig): Resolvers {
  return {
    Query: {
      trackingBook: async (
        _parent,
        args: { receivingAgencyId: string; from: string; to: string; format: 'PDF' | 'SPREADSHEET' },
        ctx: SubgraphContext,
      ) => {
        requireBookReader(ctx, args.receivingAgencyId);
        if (!isCalendarDate(args.from)) throw badInput('Ngày không đúng (YYYY-MM-DD).', 'from');
        if (!isCalendarDate(args.to) || args.to < args.from) throw badInput('Đến ngày phải sau từ ngày.', 'to');
        if (vietnamMidnight(args.to).getTime() - vietnamMidnight(args.from).getTime() > MAX_DAYS * 86_400_000)
          throw badInput(`Một sổ gồm tối đa ${MAX_DAYS} ngày.`, 'to');
        const from = vietnamMidnight(args.from);
        const end = vietnamMidnight(addCalendarDays(args.to, 1));
        const dossiers = await receivedBetween(ctx.db, args.receivingAgencyId, from, end);
        const rows = await Promise.all(
          dossiers.map(async (row) => {
            const [events, figures, version] = await Promise.all([
              eventsOf(ctx, row.id),
              figuresOf(ctx, row),
              versionOf(ctx, row),
            ]);
            const received = events.find((event) => event.type === EVENT.RECEIVED);
            const returned = events.findLast((event) => event.type === EVENT.RESULT_RETURNED);
            return {
              dossierCode: row.code!,
              procedureName: version.name,
              sets: row.sets,
              applicantName: row.applicant.name,
              applicantAddress: row.applicant.address,
              phone: row.applicant.phone,
              receivedAt: row.receivedAt!,
              appointmentAt: figures.clock.dueAt ?? figures.clock.originalDueAt,
              resultReceivedAt: events.findLast((event) => event.type === EVENT.RESOLVED)?.at ?? null,
              returnedAt: row.returnedAt,
              receivingOfficial: received?.actorName ?? null,
              note: (returned?.data.receivedBy as string | undefined) ?? null,
            };
          }),
        );
        const sectionName = (await agencyName(ctx, args.receivingAgencyId)) ?? '';
        const data = {
          header: {
            authority: config.authority,
            issuingUnit: sectionName.toUpperCase(),
            place: config.place,
            issuedAt: nowOf(ctx),
            ruleSet: ruleSetOn(args.to).ruleSet,
          },
          sectionName,
          from,
          to: new Date(end.getTime() - 1),
          rows,
        };
        const spreadsheet = args.format === 'SPREADSHEET';
        const bytes = spreadsheet ? await renderTrackingBookSpreadsheet(data) : await renderTrackingBookPdf(data);
        return {
          fileName: `so-theo-doi-${args.from}-${args.to}.${spreadsheet ? 'xlsx' : 'pdf'}`,
          mediaType: spreadsheet
            ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
            : 'application/pdf',
          contentBase64: Buffer.from(bytes).toString('base64'),
        };
      },
    },
  };
}
