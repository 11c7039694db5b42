import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps';
import * as learn from './learn.service';

const publicPage = {
  config: { policy: { public: true as const } },
  schema: { hide: true, response: { 200: z.string() } },
};

/** Public pages change only with a release or a clinic's edit: a browser may reuse them briefly. */
const send = (reply: FastifyReply, type: string, body: string) =>
  reply.type(type).header('cache-control', 'public, max-age=300').send(body);
const html = (reply: FastifyReply, body: string) => send(reply, 'text/html; charset=utf-8', body);

const stringOrList = z.union([z.string(), z.array(z.string())]);
const optionsQuery = z.object({
  concern: stringOrList.optional(),
  sort: z.string().max(40).optional(),
  order: z.string().max(12).optional(),
  evidence: z.string().max(8).optional(),
});

/**
 * "Learn and decide": server-rendered public pages (no sign-in, no client framework), plus the
 * sitemap and robots.txt that let search engines find them.
 */
export const learnRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const pages: [string, learn.LearnPage][] = [
    ['/learn', 'index'],
    ['/learn/what-is-microneedling', 'what-is-microneedling'],
    ['/learn/myths', 'myths'],
    ['/learn/aftercare', 'aftercare'],
    ['/learn/evidence', 'evidence'],
  ];
  for (const [url, page] of pages) {
    app.get(url, publicPage, async (_request, reply) => html(reply, await learn.renderLearnPage(deps, page)));
  }

  app.get(
    '/learn/concerns/:concern',
    { ...publicPage, schema: { ...publicPage.schema, params: z.object({ concern: z.string().max(40) }) } },
    async (request, reply) => html(reply, await learn.renderConcernPage(deps, request.params.concern)),
  );

  app.get(
    '/learn/options',
    { ...publicPage, schema: { ...publicPage.schema, querystring: optionsQuery } },
    async (request, reply) => html(reply, await learn.renderOptionsPage(deps, request.query)),
  );

  app.get('/learn/self-check', publicPage, async (_request, reply) =>
    html(reply, await learn.renderSelfCheckPage(deps)),
  );

  app.get('/learn/self-check.js', publicPage, async (_request, reply) =>
    send(reply, 'text/javascript; charset=utf-8', await learn.selfCheckScriptSource()),
  );

  app.get('/sitemap.xml', publicPage, async (_request, reply) =>
    send(reply, 'application/xml; charset=utf-8', await learn.sitemap(deps)),
  );

  app.get('/robots.txt', publicPage, async (_request, reply) =>
    send(reply, 'text/plain; charset=utf-8', await learn.robots(deps)),
  );
};
