import { createBrowserRouter, Outlet, RouterProvider } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApolloProvider, createApolloClient } from '@motcua/graphql-client';
import { AppLayout, NotFoundPage, UiProvider } from '@motcua/ui';
import { AdministrativeUnitsPage } from './units/AdministrativeUnitsPage';

const apolloClient = createApolloClient();

function ConsoleLayout() {
  const { t } = useTranslation();
  return (
    <AppLayout title={t('appTitle')}>
      <Outlet />
    </AppLayout>
  );
}

const router = createBrowserRouter([
  {
    element: <ConsoleLayout />,
    children: [
      { index: true, element: <AdministrativeUnitsPage /> },
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
