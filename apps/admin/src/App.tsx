import { createBrowserRouter, RouterProvider } from 'react-router';
import { ApolloProvider, SessionProvider } from '@motcua/graphql-client';
import { NotFoundPage, UiProvider } from '@motcua/ui';
import { AccountsPage } from './accounts/AccountsPage';
import { ConsoleLayout, SignedOutLayout } from './layout/ConsoleLayout';
import { paths } from './paths';
import { RequireRole } from './session/RequireRole';
import { RequireStaff } from './session/RequireStaff';
import { apolloClient, consoleSession } from './session/consoleSession';
import { SignInPage } from './signIn/SignInPage';
import { AdministrativeUnitsPage } from './units/AdministrativeUnitsPage';

const router = createBrowserRouter([
  {
    path: paths.signIn,
    element: <SignedOutLayout />,
    children: [{ index: true, element: <SignInPage /> }],
  },
  {
    // Everything else is for signed-in staff, unknown addresses included: an anonymous visitor
    // learns nothing about which pages exist.
    element: (
      <RequireStaff>
        <ConsoleLayout />
      </RequireStaff>
    ),
    children: [
      { index: true, element: <AdministrativeUnitsPage /> },
      {
        path: paths.accounts,
        element: (
          <RequireRole role="SYSTEM_ADMIN">
            <AccountsPage />
          </RequireRole>
        ),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

export function App() {
  return (
    <SessionProvider session={consoleSession}>
      <ApolloProvider client={apolloClient}>
        <UiProvider>
          <RouterProvider router={router} />
        </UiProvider>
      </ApolloProvider>
    </SessionProvider>
  );
}
