/** The people who call the catalogue in these tests, and a way to read what it announced. */
import { signPrincipal, stableId, type Principal } from '@motcua/subgraph-kit';
import { catalogueAuthority } from '../../src/config.js';

export const SO_XAY_DUNG = stableId('agency', '000.00.09.H37');
export const SO_TU_PHAP = stableId('agency', '000.00.03.H37');

const staff = (subject: string, role: string, scopeId: string): Principal => ({
  kind: 'staff',
  subject,
  roles: [{ role: role as never, scopeId }],
  scopes: [],
});

export const callers = {
  anonymous: { kind: 'anonymous' } as Principal,
  provinceEditor: staff('editor-province', 'CATALOGUE_EDITOR', catalogueAuthority().provinceAuthorityId),
  constructionEditor: staff('editor-construction', 'CATALOGUE_EDITOR', SO_XAY_DUNG),
  receptionOfficer: staff('reception', 'RECEPTION_OFFICER', stableId('agency', '000.00.01.H37')),
  citizen: { kind: 'citizen', subject: 'citizen', roles: [], scopes: [] } as Principal,
};

export interface FeedEvent {
  topic: string;
  aggregateId: string;
  payload: Record<string, unknown>;
}

export async function feedEvents(graphqlUrl: string, secret: string): Promise<FeedEvent[]> {
  const events: FeedEvent[] = [];
  let after = '0:0';
  for (;;) {
    const url = graphqlUrl.replace('/graphql', `/internal/events?limit=500&after=${after}`);
    const page = (await fetch(url, {
      headers: { 'x-motcua-principal': await signPrincipal({ kind: 'service', subject: 'test' }, secret) },
    }).then((response) => response.json())) as { events: (FeedEvent & { position: string })[]; next?: string };
    if (page.events.length === 0) return events;
    events.push(...page.events);
    after = page.events.at(-1)!.position;
  }
}

/**
 * The feed serves a transaction's events once no older transaction is still open anywhere on the
 * server (so a late commit is never skipped); other suites' transactions can hold that back for a
 * moment. Reads until `ready` holds, then returns what the feed has.
 */
export async function feedEventsOnce(
  graphqlUrl: string,
  secret: string,
  ready: (events: FeedEvent[]) => boolean,
  timeoutMs = 15_000,
): Promise<FeedEvent[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const events = await feedEvents(graphqlUrl, secret);
    if (ready(events) || Date.now() > deadline) return events;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
