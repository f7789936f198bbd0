import { createBrowserRouter, RouterProvider } from 'react-router';
import { ApolloProvider, SessionProvider } from '@motcua/graphql-client';
import { NotFoundPage, UiProvider } from '@motcua/ui';
import { MyAccountPage } from './account/MyAccountPage';
import { MyDossierPage } from './dossiers/MyDossierPage';
import { MyDossiersPage } from './dossiers/MyDossiersPage';
import { TrackDossierPage } from './dossiers/TrackDossierPage';
import { PortalLayout } from './layout/PortalLayout';
import { OneStopPlacesPage } from './places/OneStopPlacesPage';
import { paths } from './paths';
import { OnlineFilingPage } from './filing/OnlineFilingPage';
import { ProcedurePage } from './procedure/ProcedurePage';
import { ProcedureSearchPage } from './procedures/ProcedureSearchPage';
import { RequireCitizen } from './session/RequireCitizen';
import { apolloClient, portalSession } from './session/portalSession';
import { SignInPage } from './signIn/SignInPage';
import { SignUpPage } from './signUp/SignUpPage';

const router = createBrowserRouter([
  {
    element: <PortalLayout />,
    children: [
      { index: true, element: <ProcedureSearchPage /> },
      { path: paths.places, element: <OneStopPlacesPage /> },
      { path: paths.signIn, element: <SignInPage /> },
      { path: paths.signUp, element: <SignUpPage /> },
      { path: paths.tracking, element: <TrackDossierPage /> },
      // A citizen's own pages, each in RequireCitizen.
      {
        path: paths.account,
        element: (
          <RequireCitizen>
            <MyAccountPage />
          </RequireCitizen>
        ),
      },
      {
        path: paths.myDossiers,
        element: (
          <RequireCitizen>
            <MyDossiersPage />
          </RequireCitizen>
        ),
      },
      {
        path: `${paths.myDossiers}/:id`,
        element: (
          <RequireCitizen>
            <MyDossierPage />
          </RequireCitizen>
        ),
      },
      { path: 'thu-tuc/:code', element: <ProcedurePage /> },
      {
        path: 'nop-truc-tuyen/:code',
        element: (
          <RequireCitizen>
            <OnlineFilingPage />
          </RequireCitizen>
        ),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

export function App() {
  return (
    <SessionProvider session={portalSession}>
      <ApolloProvider client={apolloClient}>
        <UiProvider>
          <RouterProvider router={router} />
        </UiProvider>
      </ApolloProvider>
    </SessionProvider>
  );
}
