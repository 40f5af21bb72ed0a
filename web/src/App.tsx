import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { ActivitiesPage } from './catalogue/search/ActivitiesPage.tsx';
import { Layout } from './kit/Layout.tsx';
import { AboutPage } from './pages/AboutPage.tsx';
import { HomePage } from './pages/HomePage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';

// Pages behind a login are loaded when first opened, so the public pages stay small.
const FamilyPage = lazy(() => import('./family/FamilyPage.tsx').then((m) => ({ default: m.FamilyPage })));
const WalletPage = lazy(() => import('./family/wallet/WalletPage.tsx').then((m) => ({ default: m.WalletPage })));
const PaymentReturnPage = lazy(() =>
  import('./family/enrolments/PaymentReturnPage.tsx').then((m) => ({ default: m.PaymentReturnPage })),
);
const PaymentRequestReturnPage = lazy(() =>
  import('./family/requests/PaymentRequestReturnPage.tsx').then((m) => ({ default: m.PaymentRequestReturnPage })),
);
const ActivityRequestsPage = lazy(() =>
  import('./provider/requests/ActivityRequestsPage.tsx').then((m) => ({ default: m.ActivityRequestsPage })),
);
const SchemesPage = lazy(() => import('./admin/schemes/SchemesPage.tsx').then((m) => ({ default: m.SchemesPage })));
const SchemePage = lazy(() => import('./admin/scheme/SchemePage.tsx').then((m) => ({ default: m.SchemePage })));
const PlacementsPage = lazy(() =>
  import('./admin/placements/PlacementsPage.tsx').then((m) => ({ default: m.PlacementsPage })),
);
const PeoplePage = lazy(() => import('./admin/PeoplePage.tsx').then((m) => ({ default: m.PeoplePage })));
const AuditPage = lazy(() => import('./admin/audit/AuditPage.tsx').then((m) => ({ default: m.AuditPage })));
const AdministrationPage = lazy(() =>
  import('./admin/AdministrationPage.tsx').then((m) => ({ default: m.AdministrationPage })),
);
const ActivityPage = lazy(() => import('./catalogue/ActivityPage.tsx').then((m) => ({ default: m.ActivityPage })));
const OrganisationPage = lazy(() =>
  import('./provider/OrganisationPage.tsx').then((m) => ({ default: m.OrganisationPage })),
);
const RegisterProviderPage = lazy(() =>
  import('./provider/register/RegisterProviderPage.tsx').then((m) => ({ default: m.RegisterProviderPage })),
);
const ActivityEditorPage = lazy(() =>
  import('./provider/activity-editor/ActivityEditorPage.tsx').then((m) => ({ default: m.ActivityEditorPage })),
);
const ParticipantsPage = lazy(() =>
  import('./provider/ParticipantsPage.tsx').then((m) => ({ default: m.ParticipantsPage })),
);
const InvitationPage = lazy(() => import('./provider/InvitationPage.tsx').then((m) => ({ default: m.InvitationPage })));
const ProviderApprovalPage = lazy(() =>
  import('./admin/provider-approval/ProviderApprovalPage.tsx').then((m) => ({ default: m.ProviderApprovalPage })),
);
const NewsPage = lazy(() => import('./admin/news/NewsPage.tsx').then((m) => ({ default: m.NewsPage })));
const SupportOffersPage = lazy(() =>
  import('./admin/support-offers/SupportOffersPage.tsx').then((m) => ({ default: m.SupportOffersPage })),
);
const PayoutsPage = lazy(() => import('./admin/payouts/PayoutsPage.tsx').then((m) => ({ default: m.PayoutsPage })));
const RolesPage = lazy(() => import('./admin/roles/RolesPage.tsx').then((m) => ({ default: m.RolesPage })));

/** Routes of the app. A page listed in navigation.ts's IMPLEMENTED_PAGES must have its route here. */
export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<HomePage />} />
        <Route path="activities" element={<ActivitiesPage />} />
        <Route path="activities/:kommunenummer/:activityId" element={<ActivityPage />} />
        <Route path="family" element={<FamilyPage />} />
        <Route path="cards" element={<WalletPage />} />
        <Route path="cards/payment/:enrolmentId" element={<PaymentReturnPage />} />
        <Route path="family/requests/:requestId/payment" element={<PaymentRequestReturnPage />} />
        <Route path="schemes" element={<SchemesPage />} />
        <Route path="schemes/:schemeId" element={<SchemePage />} />
        <Route path="schemes/:schemeId/placements" element={<PlacementsPage />} />
        <Route path="people" element={<PeoplePage />} />
        <Route path="organisation" element={<OrganisationPage />} />
        <Route path="organisation/register" element={<RegisterProviderPage />} />
        <Route path="organisation/:providerId/activities/:activityId" element={<ActivityEditorPage />} />
        <Route path="organisation/:providerId/activities/:activityId/participants" element={<ParticipantsPage />} />
        <Route path="organisation/:providerId/activities/:activityId/requests" element={<ActivityRequestsPage />} />
        <Route path="kommune/:kommunenummer/invitasjon/:token" element={<InvitationPage />} />
        <Route path="admin" element={<AdministrationPage />} />
        <Route path="admin/providers" element={<ProviderApprovalPage />} />
        <Route path="admin/news" element={<NewsPage />} />
        <Route path="admin/support-offers" element={<SupportOffersPage />} />
        <Route path="admin/audit" element={<AuditPage />} />
        <Route path="admin/roles" element={<RolesPage />} />
        <Route path="admin/payouts" element={<PayoutsPage />} />
        <Route path="about" element={<AboutPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
