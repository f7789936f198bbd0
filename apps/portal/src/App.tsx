import { createBrowserRouter, Outlet, RouterProvider } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApolloProvider, createApolloClient } from '@motcua/graphql-client';
import { AppLayout, NotFoundPage, UiProvider } from '@motcua/ui';
import { OnlineFilingPage } from './filing/OnlineFilingPage';
import { OneStopPlacesPage } from './places/OneStopPlacesPage';
import { PortalNav } from './places/PortalNav';
import { ProcedurePage } from './procedure/ProcedurePage';
import { ProcedureSearchPage } from './procedures/ProcedureSearchPage';

const apolloClient = createApolloClient();

function PortalLayout() {
  const { t } = useTranslation();
  return (
    <AppLayout title={t('appTitle')} headerActions={<PortalNav />}>
      <Outlet />
    </AppLayout>
  );
}

const router = createBrowserRouter([
  {
    element: <PortalLayout />,
    children: [
      { index: true, element: <ProcedureSearchPage /> },
      { path: 'thu-tuc/:code', element: <ProcedurePage /> },
      { path: 'nop-truc-tuyen/:code', element: <OnlineFilingPage /> },
      { path: 'noi-tiep-nhan', element: <OneStopPlacesPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

export function App() {
  return (
    <ApolloProvider client={apolloClient}>
      <UiProvider>
        <RouterProvider router={router} />
      </UiProvider>
    </ApolloProvider>
  );
}
