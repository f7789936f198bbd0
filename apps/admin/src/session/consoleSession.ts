import { createApolloClient, createSession } from '@motcua/graphql-client';

/**
 * The console's one session and one API client. Staff accounts only: a citizen who signs in here
 * is signed out again at once and told to use the portal (the API would refuse them most pages
 * anyway, but a console that half-works would be the worse surprise).
 */
export const consoleSession = createSession({
  storageKey: 'motcua.admin.refreshToken',
  accepts: (account) => account.kind === 'STAFF',
});

export const apolloClient = createApolloClient({ auth: consoleSession });

// Before the first render, so a reload goes straight back to the page instead of via sign-in.
consoleSession.restore();
