import type { FastifyInstance } from 'fastify';
import { healthRoutes } from './health/routes.ts';
import { authRoutes } from './users/auth-routes.ts';
import { userRoutes } from './users/routes.ts';
import { jurisdictionRoutes } from './jurisdictions/routes.ts';
import { parcelRoutes } from './ledger/parcel-routes.ts';
import { enterpriseRoutes } from './ledger/enterprise-routes.ts';

/** Every feature's routes, under /api/v1. */
export async function registerFeatures(app: FastifyInstance): Promise<void> {
  await app.register(
    async (api) => {
      await api.register(healthRoutes);
      await api.register(authRoutes);
      await api.register(userRoutes);
      await api.register(jurisdictionRoutes);
      await api.register(parcelRoutes);
      await api.register(enterpriseRoutes);
      await api.register((await import('./imports/routes.ts')).importRoutes);
      await api.register((await import('./identification/routes.ts')).identificationRoutes);
      await api.register((await import('./cases/routes.ts')).caseRoutes);
      await api.register((await import('./inspections/routes.ts')).inspectionRoutes);
      await api.register((await import('./documents/routes.ts')).documentRoutes);
      await api.register((await import('./organisation/routes.ts')).organisationRoutes);
      await api.register((await import('./disposal/routes.ts')).disposalRoutes);
      await api.register((await import('./campaign/routes.ts')).campaignRoutes);
      await api.register((await import('./geometry/routes.ts')).geometryRoutes);
      await api.register((await import('./map/routes.ts')).mapRoutes);
      await api.register((await import('./map/tile-routes.ts')).tileRoutes);
    },
    { prefix: '/api/v1' },
  );
}
