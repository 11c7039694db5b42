import { ruleSetChangeRequest, ruleSetVersionList, ruleSetView } from '@corium/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../deps';
import { anyStaff } from '../../platform/auth/policy';
import { requestMeta } from '../../platform/auth/request-meta';
import * as ruleSets from './rule-set-versions.service';

const tags = ['screening'];

/** Every member of staff reads the rules they work by; only the medical director changes them. */
export const ruleSetRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    '/api/screening/rule-set',
    {
      config: { policy: { roles: anyStaff } },
      schema: {
        tags,
        summary: 'The screening rules the clinic screens with now',
        response: { 200: ruleSetView },
      },
    },
    async (request) => ruleSets.getCurrentRuleSet(deps, request.principal!),
  );

  app.get(
    '/api/screening/rule-set/versions',
    {
      config: { policy: { roles: anyStaff } },
      schema: {
        tags,
        summary: 'Every version of the clinic’s screening rules, newest first, with who, when and why',
        response: { 200: ruleSetVersionList },
      },
    },
    async (request) => ({ versions: await ruleSets.listRuleSetVersions(deps, request.principal!) }),
  );

  app.post(
    '/api/screening/rule-set/versions',
    {
      config: { policy: { roles: ['medical_director'] } },
      schema: {
        tags,
        summary: 'A new version of the screening rules: the medical director’s changes, with a reason',
        body: ruleSetChangeRequest,
        response: { 201: ruleSetView },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await ruleSets.saveRuleSetVersion(deps, request.principal!, request.body, requestMeta(request)),
        ),
  );
};
