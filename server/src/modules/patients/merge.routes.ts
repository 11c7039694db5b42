import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../deps';

export const mergeRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async () => {};
