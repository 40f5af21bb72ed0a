import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { Layout } from './components/Layout.tsx';
import { AboutPage } from './pages/AboutPage.tsx';
import { ActivitiesPage } from './pages/ActivitiesPage.tsx';
import { HomePage } from './pages/HomePage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';

// Pages behind a login are loaded when first opened, so the public pages stay small.
const FamilyPage = lazy(() => import('./pages/FamilyPage.tsx').then((m) => ({ default: m.FamilyPage })));
const PeoplePage = lazy(() => import('./pages/PeoplePage.tsx').then((m) => ({ default: m.PeoplePage })));
const AuditPage = lazy(() => import('./pages/AuditPage.tsx').then((m) => ({ default: m.AuditPage })));
const ActivityPage = lazy(() => import('./pages/ActivityPage.tsx').then((m) => ({ default: m.ActivityPage })));
const RolesPage = lazy(() => import('./pages/RolesPage.tsx').then((m) => ({ default: m.RolesPage })));

/** Routes of the app. A page listed in navigation.ts's IMPLEMENTED_PAGES must have its route here. */
export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<HomePage />} />
        <Route path="activities" element={<ActivitiesPage />} />
        <Route path="activities/:kommunenummer/:activityId" element={<ActivityPage />} />
        <Route path="family" element={<FamilyPage />} />
        <Route path="people" element={<PeoplePage />} />
        <Route path="admin/audit" element={<AuditPage />} />
        <Route path="admin/roles" element={<RolesPage />} />
        <Route path="about" element={<AboutPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
