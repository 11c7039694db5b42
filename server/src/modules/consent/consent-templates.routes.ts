import {
  consentTemplateList,
  id,
  publishTemplateRequest,
  templateVersion,
  templateVersionList,
} from '@corium/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps';
import { anyStaff } from '../../platform/auth/policy';
import { requestMeta } from '../../platform/auth/request-meta';
import * as templates from './consent-templates.service';

const params = z.object({ templateId: id });
const tags = ['consent'];
// The consent text is clinical policy: written by the admin or the medical director.
const editors = { policy: { roles: ['admin', 'medical_director'] as const } };

export const consentTemplateRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    '/api/consent/templates',
    { config: { policy: { roles: anyStaff } }, schema: { tags, response: { 200: consentTemplateList } } },
    async (request) => ({ templates: await templates.listTemplates(deps, request.principal!) }),
  );

  app.get(
    '/api/consent/templates/:templateId/versions',
    {
      config: { policy: { roles: anyStaff } },
      schema: { tags, params, response: { 200: templateVersionList } },
    },
    async (request) => ({
      versions: await templates.listTemplateVersions(deps, request.principal!, request.params.templateId),
    }),
  );

  app.post(
    '/api/consent/templates/:templateId/versions',
    {
      config: editors,
      schema: { tags, params, body: publishTemplateRequest, response: { 201: templateVersion } },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await templates.publishTemplateVersion(
            deps,
            request.principal!,
            request.params.templateId,
            request.body,
            requestMeta(request),
          ),
        ),
  );
};
