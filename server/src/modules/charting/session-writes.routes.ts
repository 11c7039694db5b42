import {
  addendumRequest,
  anaestheticRemovalRequest,
  anaestheticRequest,
  cartridgeUseRequest,
  cartridgeVoidRequest,
  id,
  sessionChart,
  sessionDeviceRequest,
  signSessionRequest,
  topicalRequest,
  zoneId,
  zoneTreatmentRequest,
} from '@corium/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../deps';
import { requestMeta } from '../../platform/auth/request-meta';
import { useCartridge, voidCartridge } from './session-cartridges.service';
import { setSessionDevice } from './session-chart.service';
import * as clinical from './session-clinical.service';
import { chartWriters, sessionParams } from './session-reads.routes';
import { addAddendum, signSession } from './session-signing.service';

const tags = ['treatment room'];
const base = '/api/patients/:patientId/sessions/:sessionId';
const zoneParams = sessionParams.extend({ zone: zoneId });
const ok = { 200: sessionChart };
const created = { 201: sessionChart };

/** The pen and the anaesthetic. */
const treatmentRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.put(
    `${base}/device`,
    {
      config: chartWriters,
      schema: { tags, params: sessionParams, body: sessionDeviceRequest, response: ok },
    },
    async (request) =>
      setSessionDevice(deps, request.principal!, request.params, request.body.deviceId, requestMeta(request)),
  );

  app.post(
    `${base}/anaesthetics`,
    {
      config: chartWriters,
      schema: { tags, params: sessionParams, body: anaestheticRequest, response: created },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await clinical.recordAnaesthetic(
            deps,
            request.principal!,
            request.params,
            request.body,
            requestMeta(request),
          ),
        ),
  );

  app.put(
    `${base}/anaesthetics/:anaestheticId/removal`,
    {
      config: chartWriters,
      schema: {
        tags,
        params: sessionParams.extend({ anaestheticId: id }),
        body: anaestheticRemovalRequest,
        response: ok,
      },
    },
    async (request) =>
      clinical.recordAnaestheticRemoval(
        deps,
        request.principal!,
        request.params,
        request.body.removedAt,
        requestMeta(request),
      ),
  );
};

/** Each treated zone, charted or corrected, or taken off before signing. */
const zoneRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.put(
    `${base}/zones/:zone`,
    { config: chartWriters, schema: { tags, params: zoneParams, body: zoneTreatmentRequest, response: ok } },
    async (request) =>
      clinical.recordZone(deps, request.principal!, request.params, request.body, requestMeta(request)),
  );

  app.delete(
    `${base}/zones/:zone`,
    { config: chartWriters, schema: { tags, params: zoneParams, response: ok } },
    async (request) => clinical.removeZone(deps, request.principal!, request.params, requestMeta(request)),
  );
};

/** Cartridges: each one opened, or voided before signing. */
const supplyRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.post(
    `${base}/cartridges`,
    {
      config: chartWriters,
      schema: { tags, params: sessionParams, body: cartridgeUseRequest, response: created },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await useCartridge(deps, request.principal!, request.params, request.body, requestMeta(request)),
        ),
  );

  app.post(
    `${base}/cartridges/:cartridgeId/void`,
    {
      config: chartWriters,
      schema: {
        tags,
        params: sessionParams.extend({ cartridgeId: id }),
        body: cartridgeVoidRequest,
        response: ok,
      },
    },
    async (request) =>
      voidCartridge(deps, request.principal!, request.params, request.body.reason, requestMeta(request)),
  );
};

/** Products put on needled skin. */
const topicalRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.post(
    `${base}/topicals`,
    {
      config: chartWriters,
      schema: { tags, params: sessionParams, body: topicalRequest, response: created },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await clinical.recordTopical(
            deps,
            request.principal!,
            request.params,
            request.body,
            requestMeta(request),
          ),
        ),
  );

  app.delete(
    `${base}/topicals/:topicalId`,
    { config: chartWriters, schema: { tags, params: sessionParams.extend({ topicalId: id }), response: ok } },
    async (request) => clinical.removeTopical(deps, request.principal!, request.params, requestMeta(request)),
  );
};

/** Signing, and corrections after it. */
const signingRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.post(
    `${base}/sign`,
    { config: chartWriters, schema: { tags, params: sessionParams, body: signSessionRequest, response: ok } },
    async (request) => signSession(deps, request.principal!, request.params, requestMeta(request)),
  );

  app.post(
    `${base}/addenda`,
    {
      config: chartWriters,
      schema: { tags, params: sessionParams, body: addendumRequest, response: created },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await addAddendum(deps, request.principal!, request.params, request.body, requestMeta(request)),
        ),
  );
};

export const sessionWriteRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  await app.register(treatmentRoutes, { deps });
  await app.register(zoneRoutes, { deps });
  await app.register(supplyRoutes, { deps });
  await app.register(topicalRoutes, { deps });
  await app.register(signingRoutes, { deps });
};
