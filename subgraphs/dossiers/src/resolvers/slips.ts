/** `Dossier.slip(form)`: the form as a PDF, from the same ledger and figures the page shows. */
import type { Resolvers, SubgraphContext } from '@motcua/subgraph-kit';
import { processFor } from '../domain/process.js';
import {
  formTemplate,
  renderApologySlip,
  renderControlSlip,
  renderReceiptSlip,
  renderRefusalSlip,
  renderStopNotice,
  renderSupplementRequest,
} from '../slips/index.js';
import { slipData, type SlipData } from '../slips/from-dossier.js';
import type { FormKind } from '../slips/templates.js';
import type { DossierRow } from '../store/queries.js';
import { agencyName, eventsOf, figuresOf, nowOf, versionOf } from './dossier-view.js';

export interface SlipConfig {
  portalUrl: string;
  /** Header wording, e.g. 'UBND TỈNH KIÊN GIANG', and the place line, e.g. 'Kiên Giang'. */
  authority: string;
  place: string;
}

function render(slip: SlipData): Promise<Uint8Array> {
  switch (slip.kind) {
    case 'RECEIPT':
      return renderReceiptSlip(slip.data);
    case 'SUPPLEMENT_REQUEST':
      return renderSupplementRequest(slip.data);
    case 'REFUSAL':
      return renderRefusalSlip(slip.data);
    case 'APOLOGY':
      return renderApologySlip(slip.data);
    case 'STOP_NOTICE':
      return renderStopNotice(slip.data);
    case 'CONTROL_SLIP':
      return renderControlSlip(slip.data);
  }
}

export function slipResolvers(config: SlipConfig): Resolvers {
  return {
    Dossier: {
      slip: async (row: DossierRow, { form }: { form: Exclude<FormKind, 'TRACKING_BOOK'> }, ctx: SubgraphContext) => {
        const template = formTemplate(form, row.ruleSet ?? 'ND118_TT03_2025');
        if (!template || !row.code) return null;
        const [version, events, figures] = await Promise.all([
          versionOf(ctx, row),
          eventsOf(ctx, row.id),
          figuresOf(ctx, row),
        ]);
        const agencyIds = [...new Set(processFor(version.terms, row.receivingAgencyId).map((step) => step.agencyId))];
        const names = await Promise.all(agencyIds.map(async (id) => [id, (await agencyName(ctx, id)) ?? ''] as const));
        const slip = slipData(form, {
          ...row,
          procedureName: version.name,
          terms: version.terms,
          receivingAgencyName: (await agencyName(ctx, row.receivingAgencyId)) ?? '',
          agencyNames: new Map(names),
          events,
          figures,
          authority: config.authority,
          place: config.place,
          portalUrl: config.portalUrl,
          now: nowOf(ctx),
        });
        if (!slip) return null;
        const bytes = await render(slip);
        return {
          form,
          formNumber: template.number,
          title: template.name,
          fileName: `${row.code}-mau-${template.number}.pdf`,
          mediaType: 'application/pdf',
          contentBase64: Buffer.from(bytes).toString('base64'),
        };
      },
    },
  };
}
