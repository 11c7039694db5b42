import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';

/** OpenAPI 3.1, generated from the same Zod contracts that validate requests and responses. */
export async function registerOpenApi(app: FastifyInstance, version: string): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Corium API',
        description: 'REST API of Corium, the open-source microneedling clinic system.',
        version,
      },
    },
    transform: jsonSchemaTransform,
  });
}

/** The interactive viewer at /api/docs; registered after the auth plugin so its routes are listed. */
export async function registerOpenApiViewer(app: FastifyInstance): Promise<void> {
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    staticCSP: true,
    // The viewer sets its own CSP (with hashes for its scripts); keep it unframeable like the rest.
    transformStaticCSP: (header) => `${header}; frame-ancestors 'none'`,
  });
  app.get('/api/openapi.json', { config: { policy: { public: true } }, schema: { hide: true } }, async () =>
    app.swagger(),
  );
}
