import {
  createWebhookRequest,
  updateWebhookRequest,
  webhookDeliveryList,
  webhookDeliveryQuery,
  webhookParams,
  webhookSecretResponse,
  webhookSubscription,
  webhookSubscriptionList,
  webhookTestResponse,
} from '@corium/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps';
import { requestMeta } from '../../platform/auth/request-meta';
import * as webhooks from './webhooks.service';

const tags = ['webhooks'];
// Where the clinic's data events go is the clinic's integration setting: admins only.
const admin = { policy: { roles: ['admin' as const] } };
const base = '/api/webhooks/subscriptions';

type App = Parameters<FastifyPluginAsyncZod>[0];

/** Admins: the clinic's webhook subscriptions and what was delivered to them. */
export const webhookRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  subscriptionRoutes(app, deps);
  actionRoutes(app, deps);
};

function subscriptionRoutes(app: App, deps: Deps): void {
  app.get(
    base,
    { config: admin, schema: { tags, response: { 200: webhookSubscriptionList } } },
    async (request) => ({
      subscriptions: await webhooks.listWebhooks(deps, request.principal!),
    }),
  );

  app.post(
    base,
    { config: admin, schema: { tags, body: createWebhookRequest, response: { 201: webhookSecretResponse } } },
    async (request, reply) =>
      reply
        .status(201)
        .send(await webhooks.createWebhook(deps, request.principal!, request.body, requestMeta(request))),
  );

  app.patch(
    `${base}/:subscriptionId`,
    {
      config: admin,
      schema: {
        tags,
        params: webhookParams,
        body: updateWebhookRequest,
        response: { 200: webhookSubscription },
      },
    },
    async (request) =>
      webhooks.updateWebhook(
        deps,
        request.principal!,
        request.params.subscriptionId,
        request.body,
        requestMeta(request),
      ),
  );

  app.delete(
    `${base}/:subscriptionId`,
    { config: admin, schema: { tags, params: webhookParams, response: { 204: z.null() } } },
    async (request, reply) => {
      await webhooks.deleteWebhook(
        deps,
        request.principal!,
        request.params.subscriptionId,
        requestMeta(request),
      );
      return reply.status(204).send(null);
    },
  );
}

function actionRoutes(app: App, deps: Deps): void {
  app.post(
    `${base}/:subscriptionId/rotate-secret`,
    { config: admin, schema: { tags, params: webhookParams, response: { 200: webhookSecretResponse } } },
    async (request) =>
      webhooks.rotateWebhookSecret(
        deps,
        request.principal!,
        request.params.subscriptionId,
        requestMeta(request),
      ),
  );

  app.post(
    `${base}/:subscriptionId/test`,
    { config: admin, schema: { tags, params: webhookParams, response: { 202: webhookTestResponse } } },
    async (request, reply) =>
      reply
        .status(202)
        .send(
          await webhooks.sendTestEvent(
            deps,
            request.principal!,
            request.params.subscriptionId,
            requestMeta(request),
          ),
        ),
  );

  app.get(
    '/api/webhooks/deliveries',
    {
      config: admin,
      schema: { tags, querystring: webhookDeliveryQuery, response: { 200: webhookDeliveryList } },
    },
    async (request) => ({
      deliveries: await webhooks.listDeliveries(deps, request.principal!, request.query),
    }),
  );
}
