import { createApolloClient, createSession } from '@motcua/graphql-client';

/**
 * The portal's one session and one API client. Citizens' accounts only: an official who signs in
 * here is signed out again at once and told to use the console, where their work is. The portal
 * has nothing for staff, and a staff token in a browser that citizens share would be the worse
 * risk. Its own storage key, so the portal and the console never share a session.
 */
export const portalSession = createSession({
  storageKey: 'motcua.portal.refreshToken',
  accepts: (account) => account.kind === 'CITIZEN',
});

export const apolloClient = createApolloClient({ auth: portalSession });

// Before the first render, so a reload goes straight back to the page instead of via sign-in.
portalSession.restore();
