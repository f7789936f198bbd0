import { createBrowserRouter, RouterProvider } from 'react-router';
import { ApolloProvider, SessionProvider } from '@motcua/graphql-client';
import { NotFoundPage, UiProvider } from '@motcua/ui';
import { AccountsPage } from './accounts/AccountsPage';
import { CatalogueListPage } from './catalogue/CatalogueListPage';
import { OnSiteReportPage } from './catalogue/OnSiteReportPage';
import { ProcedureEditorPage } from './catalogue/ProcedureEditorPage';
import { ApiClientsPage } from './apiClients/ApiClientsPage';
import { ConsoleLayout, SignedOutLayout } from './layout/ConsoleLayout';
import { ConsoleDatesProvider } from './dates/ConsoleDatesProvider';
import { WorkingCalendarPage } from './calendar/WorkingCalendarPage';
import { DossierListPage } from './dossiers/DossierListPage';
import { DossierPage } from './dossiers/DossierPage';
import { MyWorkPage } from './dossiers/MyWorkPage';
import { ReceptionPage } from './dossiers/ReceptionPage';
import { ConsoleHome } from './layout/ConsoleHome';
import { dossierRoles, paths, staffingRoles } from './paths';
import { RequireRole } from './session/RequireRole';
import { RequireStaff } from './session/RequireStaff';
import { apolloClient, consoleSession } from './session/consoleSession';
import { SignInPage } from './signIn/SignInPage';
import { StaffingPage } from './staffing/StaffingPage';
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
      { index: true, element: <ConsoleHome /> },
      { path: paths.units, element: <AdministrativeUnitsPage /> },
      {
        path: paths.reception,
        element: (
          <RequireRole role="RECEPTION_OFFICER">
            <ReceptionPage />
          </RequireRole>
        ),
      },
      { path: paths.dossiers, element: <DossierListPage /> },
      {
        path: paths.myWork,
        element: (
          <RequireRole role={dossierRoles}>
            <MyWorkPage />
          </RequireRole>
        ),
      },
      { path: `${paths.dossiers}/:id`, element: <DossierPage /> },
      { path: paths.calendar, element: <WorkingCalendarPage /> },
      {
        path: paths.accounts,
        element: (
          <RequireRole role="SYSTEM_ADMIN">
            <AccountsPage />
          </RequireRole>
        ),
      },
      {
        path: paths.staffing,
        element: (
          <RequireRole role={staffingRoles}>
            <StaffingPage />
          </RequireRole>
        ),
      },
      {
        path: paths.apiClients,
        element: (
          <RequireRole role="SYSTEM_ADMIN">
            <ApiClientsPage />
          </RequireRole>
        ),
      },
      {
        path: paths.catalogue,
        element: (
          <RequireRole role="CATALOGUE_EDITOR">
            <CatalogueListPage />
          </RequireRole>
        ),
      },
      {
        path: paths.onSiteReport,
        element: (
          <RequireRole role="CATALOGUE_EDITOR">
            <OnSiteReportPage />
          </RequireRole>
        ),
      },
      {
        path: `${paths.catalogue}/:id`,
        element: (
          <RequireRole role="CATALOGUE_EDITOR">
            <ProcedureEditorPage />
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
          <ConsoleDatesProvider>
            <RouterProvider router={router} />
          </ConsoleDatesProvider>
        </UiProvider>
      </ApolloProvider>
    </SessionProvider>
  );
}
