/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query Accounts($first: Int, $after: String) {\n  accounts(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        username\n        displayName\n        kind\n        roles {\n          role\n          agency {\n            id\n            shortName\n          }\n        }\n        lockedUntil\n        createdAt\n      }\n    }\n  }\n}": typeof types.AccountsDocument,
    "query AdministrativeUnitRoots {\n  administrativeUnitRoots {\n    id\n    code\n    name\n    level\n    childCount\n  }\n}\n\nquery AdministrativeUnitChildren($id: ID!) {\n  administrativeUnit(id: $id) {\n    id\n    children {\n      id\n      code\n      name\n      level\n      childCount\n    }\n    agencies {\n      id\n      name\n      shortName\n      kind\n      electronicId\n    }\n  }\n}": typeof types.AdministrativeUnitRootsDocument,
    "query ProcedureSearch($first: Int, $after: String, $search: String) {\n  procedures(first: $first, after: $after, search: $search) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        code\n        name\n        field\n        level\n        processingDays\n      }\n    }\n  }\n}": typeof types.ProcedureSearchDocument,
    "fragment SessionAccount on Account {\n  id\n  username\n  displayName\n  kind\n  roles {\n    role\n    agency {\n      id\n      name\n      shortName\n    }\n  }\n}\n\nfragment SessionFields on Session {\n  accessToken\n  accessTokenExpiresAt\n  refreshToken\n  refreshTokenExpiresAt\n  account {\n    ...SessionAccount\n  }\n}\n\nmutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    ...SessionFields\n  }\n}\n\nmutation RefreshSession($refreshToken: String!) {\n  refreshSession(refreshToken: $refreshToken) {\n    ...SessionFields\n  }\n}\n\nmutation SignOut($refreshToken: String!) {\n  signOut(refreshToken: $refreshToken)\n}\n\nquery Me {\n  me {\n    ...SessionAccount\n  }\n}": typeof types.SessionAccountFragmentDoc,
};
const documents: Documents = {
    "query Accounts($first: Int, $after: String) {\n  accounts(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        username\n        displayName\n        kind\n        roles {\n          role\n          agency {\n            id\n            shortName\n          }\n        }\n        lockedUntil\n        createdAt\n      }\n    }\n  }\n}": types.AccountsDocument,
    "query AdministrativeUnitRoots {\n  administrativeUnitRoots {\n    id\n    code\n    name\n    level\n    childCount\n  }\n}\n\nquery AdministrativeUnitChildren($id: ID!) {\n  administrativeUnit(id: $id) {\n    id\n    children {\n      id\n      code\n      name\n      level\n      childCount\n    }\n    agencies {\n      id\n      name\n      shortName\n      kind\n      electronicId\n    }\n  }\n}": types.AdministrativeUnitRootsDocument,
    "query ProcedureSearch($first: Int, $after: String, $search: String) {\n  procedures(first: $first, after: $after, search: $search) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        code\n        name\n        field\n        level\n        processingDays\n      }\n    }\n  }\n}": types.ProcedureSearchDocument,
    "fragment SessionAccount on Account {\n  id\n  username\n  displayName\n  kind\n  roles {\n    role\n    agency {\n      id\n      name\n      shortName\n    }\n  }\n}\n\nfragment SessionFields on Session {\n  accessToken\n  accessTokenExpiresAt\n  refreshToken\n  refreshTokenExpiresAt\n  account {\n    ...SessionAccount\n  }\n}\n\nmutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    ...SessionFields\n  }\n}\n\nmutation RefreshSession($refreshToken: String!) {\n  refreshSession(refreshToken: $refreshToken) {\n    ...SessionFields\n  }\n}\n\nmutation SignOut($refreshToken: String!) {\n  signOut(refreshToken: $refreshToken)\n}\n\nquery Me {\n  me {\n    ...SessionAccount\n  }\n}": types.SessionAccountFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Accounts($first: Int, $after: String) {\n  accounts(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        username\n        displayName\n        kind\n        roles {\n          role\n          agency {\n            id\n            shortName\n          }\n        }\n        lockedUntil\n        createdAt\n      }\n    }\n  }\n}"): (typeof documents)["query Accounts($first: Int, $after: String) {\n  accounts(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        username\n        displayName\n        kind\n        roles {\n          role\n          agency {\n            id\n            shortName\n          }\n        }\n        lockedUntil\n        createdAt\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdministrativeUnitRoots {\n  administrativeUnitRoots {\n    id\n    code\n    name\n    level\n    childCount\n  }\n}\n\nquery AdministrativeUnitChildren($id: ID!) {\n  administrativeUnit(id: $id) {\n    id\n    children {\n      id\n      code\n      name\n      level\n      childCount\n    }\n    agencies {\n      id\n      name\n      shortName\n      kind\n      electronicId\n    }\n  }\n}"): (typeof documents)["query AdministrativeUnitRoots {\n  administrativeUnitRoots {\n    id\n    code\n    name\n    level\n    childCount\n  }\n}\n\nquery AdministrativeUnitChildren($id: ID!) {\n  administrativeUnit(id: $id) {\n    id\n    children {\n      id\n      code\n      name\n      level\n      childCount\n    }\n    agencies {\n      id\n      name\n      shortName\n      kind\n      electronicId\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProcedureSearch($first: Int, $after: String, $search: String) {\n  procedures(first: $first, after: $after, search: $search) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        code\n        name\n        field\n        level\n        processingDays\n      }\n    }\n  }\n}"): (typeof documents)["query ProcedureSearch($first: Int, $after: String, $search: String) {\n  procedures(first: $first, after: $after, search: $search) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        code\n        name\n        field\n        level\n        processingDays\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SessionAccount on Account {\n  id\n  username\n  displayName\n  kind\n  roles {\n    role\n    agency {\n      id\n      name\n      shortName\n    }\n  }\n}\n\nfragment SessionFields on Session {\n  accessToken\n  accessTokenExpiresAt\n  refreshToken\n  refreshTokenExpiresAt\n  account {\n    ...SessionAccount\n  }\n}\n\nmutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    ...SessionFields\n  }\n}\n\nmutation RefreshSession($refreshToken: String!) {\n  refreshSession(refreshToken: $refreshToken) {\n    ...SessionFields\n  }\n}\n\nmutation SignOut($refreshToken: String!) {\n  signOut(refreshToken: $refreshToken)\n}\n\nquery Me {\n  me {\n    ...SessionAccount\n  }\n}"): (typeof documents)["fragment SessionAccount on Account {\n  id\n  username\n  displayName\n  kind\n  roles {\n    role\n    agency {\n      id\n      name\n      shortName\n    }\n  }\n}\n\nfragment SessionFields on Session {\n  accessToken\n  accessTokenExpiresAt\n  refreshToken\n  refreshTokenExpiresAt\n  account {\n    ...SessionAccount\n  }\n}\n\nmutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    ...SessionFields\n  }\n}\n\nmutation RefreshSession($refreshToken: String!) {\n  refreshSession(refreshToken: $refreshToken) {\n    ...SessionFields\n  }\n}\n\nmutation SignOut($refreshToken: String!) {\n  signOut(refreshToken: $refreshToken)\n}\n\nquery Me {\n  me {\n    ...SessionAccount\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;