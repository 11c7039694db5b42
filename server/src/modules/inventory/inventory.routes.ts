import {
  adjustmentRequest,
  careDevices as careDevicesSchema,
  id,
  lotMovements,
  maintenanceLog as maintenanceLogSchema,
  maintenanceRequest,
  productChange,
  productRequest,
  receiveLotRequest,
  stockLot,
  stockOverview as stockOverviewSchema,
  stockProduct,
} from '@corium/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps';
import { anyStaff } from '../../platform/auth/policy';
import { careDevices, maintenanceLog, recordCare } from './pen-care.service';
import * as stock from './stock.service';

type App = Parameters<FastifyPluginAsyncZod>[0];
const tags = ['inventory'];
/** Everyone on staff may look at the stock; those who receive deliveries and chart change it. */
const readers = { policy: { roles: anyStaff } };
const keepers = { policy: { roles: ['admin', 'medical_director', 'practitioner'] as const } };
const productParams = z.object({ productId: id });
const lotParams = z.object({ lotId: id });
const deviceParams = z.object({ deviceId: id });

function productRoutes(app: App, deps: Deps): void {
  app.get(
    '/api/inventory/products',
    { config: readers, schema: { tags, response: { 200: stockOverviewSchema } } },
    async (request) => stock.stockOverview(deps, request.principal!),
  );

  app.post(
    '/api/inventory/products',
    { config: keepers, schema: { tags, body: productRequest, response: { 201: stockProduct } } },
    async (request, reply) =>
      reply.status(201).send(await stock.createProduct(deps, request.principal!, request.body)),
  );

  app.patch(
    '/api/inventory/products/:productId',
    {
      config: keepers,
      schema: { tags, params: productParams, body: productChange, response: { 200: stockProduct } },
    },
    async (request) => stock.updateProduct(deps, request.principal!, request.params.productId, request.body),
  );
}

function lotRoutes(app: App, deps: Deps): void {
  app.post(
    '/api/inventory/products/:productId/lots',
    {
      config: keepers,
      schema: { tags, params: productParams, body: receiveLotRequest, response: { 201: stockLot } },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await stock.receiveLot(deps, request.principal!, request.params.productId, request.body)),
  );

  app.post(
    '/api/inventory/lots/:lotId/adjustments',
    {
      config: keepers,
      schema: { tags, params: lotParams, body: adjustmentRequest, response: { 201: stockLot } },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await stock.adjustLot(deps, request.principal!, request.params.lotId, request.body)),
  );

  app.get(
    '/api/inventory/lots/:lotId/movements',
    { config: readers, schema: { tags, params: lotParams, response: { 200: lotMovements } } },
    async (request) => stock.lotHistory(deps, request.principal!, request.params.lotId),
  );
}

function penCareRoutes(app: App, deps: Deps): void {
  app.get(
    '/api/inventory/devices',
    { config: readers, schema: { tags, response: { 200: careDevicesSchema } } },
    async (request) => careDevices(deps, request.principal!),
  );

  app.get(
    '/api/devices/:deviceId/maintenance',
    { config: readers, schema: { tags, params: deviceParams, response: { 200: maintenanceLogSchema } } },
    async (request) => maintenanceLog(deps, request.principal!, request.params.deviceId),
  );

  app.post(
    '/api/devices/:deviceId/maintenance',
    {
      config: keepers,
      schema: {
        tags,
        params: deviceParams,
        body: maintenanceRequest,
        response: { 201: maintenanceLogSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await recordCare(deps, request.principal!, request.params.deviceId, request.body)),
  );
}

/** Stock by product and lot, and the care of the clinic's pens. */
export const inventoryRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  productRoutes(app, deps);
  lotRoutes(app, deps);
  penCareRoutes(app, deps);
};
