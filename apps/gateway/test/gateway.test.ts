import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { stableId } from '@motcua/subgraph-kit';
import { querySubgraph, databaseKinds } from '@motcua/subgraph-kit/testing';
import { DEMO_PASSWORD } from '@motcua/seed-data';
import { laterVersions } from '@motcua/seed-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from './support/platform.js';

const RATING_CHAIN = /* GraphQL */ `
  query RatingChain {
    ratings(first: 20) {
      totalCount
      edges {
        node {
          satisfaction
          dossier {
            code
            status
            procedure {
              code
              name
              competentAgency {
                name
                electronicId
                unit {
                  name
                }
              }
            }
            receivingAgency {
              name
            }
          }
        }
      }
    }
  }
`;

describe.each(databaseKinds())('the gateway over the four subgraphs on %s', (kind) => {
  let platform: TestPlatform;
  let adminToken: string;

  beforeAll(async () => {
    platform = await startTestPlatform(kind);
    adminToken = await platform.staffToken([{ role: 'SYSTEM_ADMIN', scopeId: 'province' }]);
  });
  afterAll(async () => platform?.stop());

  it('lists procedures through the stable public contract', async () => {
    const { status, body } = await platform.query<{
      procedures: {
        totalCount: number;
        edges: { cursor: string; node: { id: string; code: string; name: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    }>(
      `query ($first: Int, $after: String, $search: String) {
      procedures(first: $first, after: $after, search: $search) {
        edges { cursor node { id code name } } pageInfo { hasNextPage endCursor } totalCount
      }
    }`,
      { first: 5 },
    );
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data!.procedures.totalCount).toBeGreaterThanOrEqual(40);
    expect(body.data!.procedures.edges).toHaveLength(5);
    expect(body.data!.procedures.pageInfo.hasNextPage).toBe(true);
  });

  it('crosses all four subgraphs, rating → dossier → procedure → agency, with one statement per subgraph hop', async () => {
    const before = {
      organizations: platform.subgraphs.organizations.database.statementCount(),
      procedures: platform.subgraphs.procedures.database.statementCount(),
      dossiers: platform.subgraphs.dossiers.database.statementCount(),
    };
    const { body } = await platform.query<{
      ratings: {
        totalCount: number;
        edges: {
          node: {
            dossier: {
              code: string;
              procedure: { code: string; competentAgency: { name: string; unit: { name: string } } };
            };
          };
        }[];
      };
    }>(RATING_CHAIN, {}, adminToken);

    expect(body.errors).toBeUndefined();
    const edges = body.data!.ratings.edges;
    expect(edges.length).toBeGreaterThanOrEqual(5);
    for (const { node } of edges) {
      expect(node.dossier.code).toMatch(/-\d{6}-\d{4,}$/);
      expect(node.dossier.procedure.competentAgency.name).toBeTruthy();
      expect(node.dossier.procedure.competentAgency.unit.name).toBeTruthy();
    }
    // Without batching these would grow with the number of ratings (N+1). With DataLoader each
    // hop is one `WHERE id IN (...)`: dossiers 1; procedures 1; organizations: agencies for
    // competent and receiving agencies (one or two fetches by the plan) plus units: at most 3.
    const used = {
      organizations: platform.subgraphs.organizations.database.statementCount() - before.organizations,
      procedures: platform.subgraphs.procedures.database.statementCount() - before.procedures,
      dossiers: platform.subgraphs.dossiers.database.statementCount() - before.dossiers,
    };
    expect(used.dossiers).toBe(1);
    expect(used.procedures).toBe(1);
    expect(used.organizations).toBeLessThanOrEqual(3);
    expect(edges.length).toBeGreaterThan(used.organizations + used.procedures + used.dossiers);
  });

  it("still returns a page of ratings when some of their dossiers are out of the caller's scope", async () => {
    const outsider = await platform.staffToken([
      { role: 'SPECIALIST', scopeId: '00000000-0000-5000-8000-000000000000' },
    ]);
    const { body } = await platform.query<{
      ratings: { edges: { node: { satisfaction: string; dossier: { code: string | null } | null } }[] };
    }>('{ ratings(first: 5) { edges { node { satisfaction dossier { code } } } } }', {}, outsider);
    expect(body.data!.ratings.edges.length).toBeGreaterThan(0);
    // The dossier's fields are withheld (a draft's code may be null, so null no longer bubbles up to the dossier).
    const withheld = (dossier: { code: string | null } | null) => dossier === null || dossier.code === null;
    expect(body.data!.ratings.edges.every((edge) => edge.node.satisfaction && withheld(edge.node.dossier))).toBe(true);
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a request sent straight to a subgraph without the gateway credential', async () => {
    const direct = await querySubgraph(
      platform.subgraphs.procedures.url,
      null,
      '{ procedures(first: 1) { totalCount } }',
    );
    expect(direct.status).toBe(401);
    expect(direct.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const forged = await querySubgraph(
      platform.subgraphs.procedures.url,
      'not-the-platform-secret-but-long-enough-000',
      '{ procedures(first: 1) { totalCount } }',
    );
    expect(forged.status).toBe(401);

    const through = await platform.query<{ procedures: { totalCount: number } }>(
      '{ procedures(first: 1) { totalCount } }',
    );
    expect(through.body.data?.procedures.totalCount).toBeGreaterThan(0);
  });

  it('keeps dossiers from anonymous callers and from staff of other agencies', async () => {
    const anonymous = await platform.query('{ dossiers(first: 1) { totalCount } }');
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const outsider = await platform.staffToken([
      { role: 'SPECIALIST', scopeId: '00000000-0000-5000-8000-000000000000' },
    ]);
    const scoped = await platform.query<{ dossiers: { totalCount: number } }>(
      '{ dossiers(first: 1) { totalCount } }',
      {},
      outsider,
    );
    expect(scoped.body.data?.dossiers.totalCount).toBe(0);

    const all = await platform.query<{ dossiers: { totalCount: number } }>(
      '{ dossiers(first: 1) { totalCount } }',
      {},
      adminToken,
    );
    expect(all.body.data?.dossiers.totalCount).toBeGreaterThanOrEqual(40);
  });

  it('signs in through the gateway and uses the issued token for staff-only data', async () => {
    const signIn = await platform.query<{ signIn: { accessToken: string } }>(
      'mutation ($input: SignInInput!) { signIn(input: $input) { accessToken } }',
      { input: { username: 'admin', password: DEMO_PASSWORD } },
    );
    const token = signIn.body.data!.signIn.accessToken;
    const me = await platform.query<{ me: { username: string }; dossiers: { totalCount: number } }>(
      '{ me { username } dossiers(first: 1) { totalCount } }',
      {},
      token,
    );
    expect(me.body.errors).toBeUndefined();
    expect(me.body.data!.me.username).toBe('admin');
    expect(me.body.data!.dossiers.totalCount).toBeGreaterThanOrEqual(40);

    const receptionist = await platform.query<{ signIn: { accessToken: string } }>(
      'mutation ($input: SignInInput!) { signIn(input: $input) { accessToken } }',
      { input: { username: 'tiepnhan.trungtam', password: DEMO_PASSWORD } },
    );
    const refused = await platform.query(
      '{ accounts(first: 1) { totalCount } }',
      {},
      receptionist.body.data!.signIn.accessToken,
    );
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lets a third-party agency in with an API key until it is revoked', async () => {
    const admin = (
      await platform.query<{ signIn: { accessToken: string } }>(
        'mutation ($input: SignInInput!) { signIn(input: $input) { accessToken } }',
        { input: { username: 'admin', password: DEMO_PASSWORD } },
      )
    ).body.data!.signIn.accessToken;
    const agencies = await platform.query<{ agencies: { edges: { node: { id: string } }[] } }>(
      '{ agencies(first: 1) { edges { node { id } } } }',
    );
    const created = await platform.query<{
      createApiClient: { apiKey: string; apiClient: { id: string; keyPrefix: string } };
    }>(
      'mutation ($input: CreateApiClientInput!) { createApiClient(input: $input) { apiKey apiClient { id keyPrefix } } }',
      {
        input: {
          name: 'Cổng DVC quốc gia',
          ownerAgencyId: agencies.body.data!.agencies.edges[0]!.node.id,
          scopes: ['CATALOGUE_READ'],
        },
      },
      admin,
    );
    expect(created.body.errors).toBeUndefined();
    const { apiKey, apiClient } = created.body.data!.createApiClient;
    expect(apiKey.startsWith(apiClient.keyPrefix)).toBe(true);

    const withKey = (query: string) => platform.query(query, {}, undefined, { 'x-api-key': apiKey });
    expect((await withKey('{ procedures(first: 1) { totalCount } }')).body.errors).toBeUndefined();
    expect((await withKey('{ accounts(first: 1) { totalCount } }')).body.errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect(
      (await platform.query('{ procedures(first: 1) { totalCount } }', {}, undefined, { 'x-api-key': 'mc_guessed' }))
        .status,
    ).toBe(401);

    await platform.query('mutation ($id: ID!) { revokeApiClient(id: $id) { revokedAt } }', { id: apiClient.id }, admin);
    const revoked = await withKey('{ procedures(first: 1) { totalCount } }');
    expect(revoked.status).toBe(401);
    expect(revoked.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses expired, forged and malformed tokens with 401', async () => {
    const expired = await platform.staffToken([{ role: 'SYSTEM_ADMIN', scopeId: 'province' }], { expiresIn: '-1m' });
    for (const token of [expired, `${adminToken.slice(0, -4)}AAAA`, 'garbage']) {
      const { status, body } = await platform.query('{ procedures(first: 1) { totalCount } }', {}, token);
      expect(status).toBe(401);
      expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('rejects operations nested too deep or with too many aliases, before planning', async () => {
    const deep = `{ administrativeUnitRoots { children { children { parent { parent { children { children { parent { parent { children { children { parent { name } } } } } } } } } } } } }`;
    const tooDeep = await platform.query(deep);
    expect(tooDeep.body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');

    const aliases = `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: procedures(first: 1) { totalCount }`).join(' ')} }`;
    const tooManyAliases = await platform.query(aliases);
    expect(tooManyAliases.body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('answers a forged timestamp cursor with a typed error, not an internal one', async () => {
    const forged = Buffer.from(JSON.stringify(['not-a-time', '00000000-0000-5000-8000-000000000000'])).toString(
      'base64url',
    );
    const { body } = await platform.query(
      'query ($after: String) { dossiers(first: 1, after: $after) { totalCount } }',
      { after: forged },
      adminToken,
    );
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('pages dossiers newest first without skipping or repeating one', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: {
        body: {
          data?: {
            dossiers: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
          };
        };
      } = await platform.query(
        'query ($after: String) { dossiers(first: 7, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }',
        { after },
        adminToken,
      );
      seen.push(...page.body.data!.dossiers.edges.map((edge) => edge.node.id));
      if (!page.body.data!.dossiers.pageInfo.hasNextPage) break;
      after = page.body.data!.dossiers.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThanOrEqual(40);
  });

  it('takes a citizen’s upload of a few megabytes, stores it, and keeps anonymous bodies to 100 kB', async () => {
    const citizen = await platform.staffToken([], { kind: 'citizen', subject: crypto.randomUUID() });
    const draft = await platform.query<{ saveOnlineDraft: { dossier: { id: string } } }>(
      'mutation ($input: OnlineDraftInput!) { saveOnlineDraft(input: $input) { dossier { id } } }',
      {
        input: {
          procedureId: stableId('procedure', '2.001610'),
          applicant: { kind: 'PERSON', name: 'Trần Văn Dân', idNumber: '091234567890', address: 'Rạch Giá' },
          documents: [],
        },
      },
      citizen,
    );
    expect(draft.body.errors).toBeUndefined();
    const dossierId = draft.body.data!.saveOnlineDraft.dossier.id;
    // 3 MB of scanned PDF: 4 MB of base64, far over the anonymous limit.
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(3 * 1024 * 1024, 0x20)]);
    const upload = (token?: string) =>
      fetch(platform.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({
          query:
            'mutation ($input: UploadAttachmentInput!) { uploadAttachment(input: $input) { attachment { sizeBytes sha256 } } }',
          variables: {
            input: {
              dossierId,
              purpose: 'DOCUMENT',
              documentIndex: 0,
              fileName: 'giay-de-nghi.pdf',
              mediaType: 'application/pdf',
              contentBase64: pdf.toString('base64'),
            },
          },
        }),
      });
    const anonymous = await upload();
    expect(anonymous.status).toBe(413);
    const signedIn = await upload(citizen);
    expect(signedIn.status).toBe(200);
    const body = (await signedIn.json()) as { data?: { uploadAttachment: { attachment: { sizeBytes: number } } } };
    expect(body.data?.uploadAttachment.attachment.sizeBytes).toBe(pdf.length);
    expect(readdirSync(join(platform.filesDir, dossierId))).toHaveLength(1);
  });

  it('answers a bad cursor with a typed error naming the argument', async () => {
    const { body } = await platform.query('{ procedures(first: 1, after: "bm90LWEtY3Vyc29y") { totalCount } }');
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.extensions?.field).toBe('after');
  });

  it('keeps the dossiers read copy of published procedures from the procedures feed', async () => {
    const applied = await platform.subgraphs.dossiers.consumers[0]!.drain();
    const total = await platform.query<{ procedures: { totalCount: number } }>(
      '{ procedures(first: 0) { totalCount } }',
    );
    // The seed publishes every procedure once and a few a second time: one event per version.
    expect(applied).toBe(total.body.data!.procedures.totalCount + laterVersions.length);
    expect(await platform.subgraphs.dossiers.consumers[0]!.drain()).toBe(0);
  });
});
