import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { Button, Result } from 'antd';
import type { Permission } from '@panhuo/domain';
import { useCan, useSession } from './session/session.tsx';
import { AppLayout } from './components/AppLayout.tsx';
import { PageLoading } from './components/PageLoading.tsx';

const LoginPage = lazy(() => import('./pages/login/LoginPage.tsx'));
const ParcelListPage = lazy(() => import('./pages/parcels/ParcelListPage.tsx'));
const ParcelPage = lazy(() => import('./pages/parcels/ParcelPage.tsx'));
const ParcelEditPage = lazy(() => import('./pages/parcels/ParcelEditPage.tsx'));
const EnterpriseListPage = lazy(() => import('./pages/enterprises/EnterpriseListPage.tsx'));
const EnterprisePage = lazy(() => import('./pages/enterprises/EnterprisePage.tsx'));
const LedgerImportPage = lazy(() => import('./pages/imports/LedgerImportPage.tsx'));
const UsersPage = lazy(() => import('./pages/users/UsersPage.tsx'));
const IdentificationPage = lazy(() => import('./pages/identification/IdentificationPage.tsx'));
const ParcelResultPage = lazy(() => import('./pages/identification/ParcelResultPage.tsx'));
const WarningsPage = lazy(() => import('./pages/identification/WarningsPage.tsx'));
const WhatIfPage = lazy(() => import('./pages/identification/WhatIfPage.tsx'));
const RuleSetsPage = lazy(() => import('./pages/identification/RuleSetsPage.tsx'));
const CaseListPage = lazy(() => import('./pages/cases/CaseListPage.tsx'));
const CasePage = lazy(() => import('./pages/cases/CasePage.tsx'));
const ReviewPage = lazy(() => import('./pages/cases/ReviewPage.tsx'));
const RestrictionsPage = lazy(() => import('./pages/restrictions/RestrictionsPage.tsx'));
const PublicationsPage = lazy(() => import('./pages/publications/PublicationsPage.tsx'));
const TodoPage = lazy(() => import('./pages/todo/TodoPage.tsx'));
const CalendarPage = lazy(() => import('./pages/calendar/CalendarPage.tsx'));
const OrganisationPage = lazy(() => import('./pages/organisation/OrganisationPage.tsx'));
const PlanListPage = lazy(() => import('./pages/disposal/PlanListPage.tsx'));
const PlanPage = lazy(() => import('./pages/disposal/PlanPage.tsx'));
const TaskListPage = lazy(() => import('./pages/tasks/TaskListPage.tsx'));
const CampaignDashboardPage = lazy(() => import('./pages/campaign/CampaignDashboardPage.tsx'));
const CampaignReportsPage = lazy(() => import('./pages/campaign/CampaignReportsPage.tsx'));
const CampaignTargetsPage = lazy(() => import('./pages/campaign-targets/CampaignTargetsPage.tsx'));
// OpenLayers is large: the map page is its own chunk, loaded when opened
const MapPage = lazy(() => import('./pages/map/MapPage.tsx'));
const GeometryImportPage = lazy(() => import('./pages/map-import/GeometryImportPage.tsx'));
const MapChecksPage = lazy(() => import('./pages/map-checks/MapChecksPage.tsx'));
const MapSettingsPage = lazy(() => import('./pages/map-settings/MapSettingsPage.tsx'));

function RequireSession({ children }: { children: ReactNode }) {
  const { state, reload } = useSession();
  const location = useLocation();
  switch (state.status) {
    case 'loading':
      return <PageLoading />;
    case 'anonymous':
      return <Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
    case 'failed':
      return (
        <Result
          status="error"
          title="无法连接服务器"
          subTitle={state.error.userMessage}
          extra={<Button type="primary" onClick={reload}>重试</Button>}
        />
      );
    case 'ready':
      return <>{children}</>;
  }
}

function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const can = useCan();
  if (!can(permission)) return <Result status="403" title="无权访问" subTitle="您的账号没有访问此页面的权限，如需开通请联系系统管理员。" />;
  return <>{children}</>;
}

function NotFound() {
  return <Result status="404" title="页面不存在" subTitle="您访问的页面不存在或已被移除。" />;
}

export function AppRoutes() {
  return (
    <Suspense fallback={<PageLoading />}>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route
          element={
            <RequireSession>
              <AppLayout />
            </RequireSession>
          }
        >
          <Route index element={<Navigate to="/parcels" replace />} />
          <Route path="parcels" element={<ParcelListPage />} />
          <Route path="parcels/new" element={<RequirePermission permission="ledger:write"><ParcelEditPage /></RequirePermission>} />
          <Route path="parcels/:id" element={<ParcelPage />} />
          <Route path="parcels/:id/edit" element={<RequirePermission permission="ledger:write"><ParcelEditPage /></RequirePermission>} />
          <Route path="enterprises" element={<EnterpriseListPage />} />
          <Route path="enterprises/:id" element={<EnterprisePage />} />
          <Route path="imports/ledger" element={<RequirePermission permission="ledger:import"><LedgerImportPage /></RequirePermission>} />
          <Route path="admin/users" element={<RequirePermission permission="users:manage"><UsersPage /></RequirePermission>} />
          <Route path="identification" element={<IdentificationPage />} />
          <Route path="identification/runs/:runId/parcels/:parcelId" element={<ParcelResultPage />} />
          <Route path="identification/warnings" element={<WarningsPage />} />
          <Route path="identification/what-if" element={<WhatIfPage />} />
          <Route path="identification/rule-sets" element={<RequirePermission permission="rules:manage"><RuleSetsPage /></RequirePermission>} />
          <Route path="cases" element={<RequirePermission permission="cases:read"><CaseListPage /></RequirePermission>} />
          <Route path="cases/review" element={<RequirePermission permission="cases:review"><ReviewPage /></RequirePermission>} />
          <Route path="cases/:id" element={<RequirePermission permission="cases:read"><CasePage /></RequirePermission>} />
          <Route path="todo" element={<RequirePermission permission="cases:read"><TodoPage /></RequirePermission>} />
          <Route path="restrictions" element={<RequirePermission permission="cases:read"><RestrictionsPage /></RequirePermission>} />
          <Route path="publications" element={<RequirePermission permission="cases:read"><PublicationsPage /></RequirePermission>} />
          <Route path="admin/calendar" element={<RequirePermission permission="calendar:manage"><CalendarPage /></RequirePermission>} />
          <Route path="disposal" element={<RequirePermission permission="cases:read"><PlanListPage /></RequirePermission>} />
          <Route path="disposal/:id" element={<RequirePermission permission="cases:read"><PlanPage /></RequirePermission>} />
          <Route path="tasks" element={<RequirePermission permission="cases:read"><TaskListPage /></RequirePermission>} />
          <Route path="campaign" element={<RequirePermission permission="cases:read"><CampaignDashboardPage /></RequirePermission>} />
          <Route path="campaign/reports" element={<RequirePermission permission="cases:read"><CampaignReportsPage /></RequirePermission>} />
          <Route path="campaign/targets" element={<RequirePermission permission="cases:read"><CampaignTargetsPage /></RequirePermission>} />
          <Route path="organisation" element={<RequirePermission permission="cases:read"><OrganisationPage /></RequirePermission>} />
          <Route path="map" element={<MapPage />} />
          <Route path="map/import" element={<RequirePermission permission="ledger:import"><GeometryImportPage /></RequirePermission>} />
          <Route path="map/checks" element={<MapChecksPage />} />
          <Route path="settings/map" element={<RequirePermission permission="users:manage"><MapSettingsPage /></RequirePermission>} />
          <Route path="*" element={<NotFound />} />
        </Route>
      </Routes>
    </Suspense>
  );
}
