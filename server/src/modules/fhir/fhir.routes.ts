import { fhirReadParams, fhirResource, fhirSearchQuery, fhirUpdateHeaders } from '@corium/contracts';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../deps';
import { anyone, anyStaff, type Principal } from '../../platform/auth/policy';
import { requestMeta } from '../../platform/auth/request-meta';
import { capabilityStatement } from './capability';
import { fhirExportRoutes, fhirOperations } from './fhir-export.routes';
import { bookFhirAppointment } from './fhir-booking.service';
import { fhirRequest, headerText, originOf, speakFhir, withVersionHeaders } from './fhir-http';
import { resourceDefinitions } from './fhir-registry';
import type { FhirResource, ResourceDefinition } from './fhir-resource';
import { createFhirPatient, updateFhirPatient } from './fhir-writes.service';
import { fhirBase, patientEverything, readResource, searchResources } from './fhir.service';

const tags = ['fhir'];

/** Every operation registered here, as the CapabilityStatement lists them. */
const operations = [
  ...fhirOperations,
  {
    name: 'everything',
    definition: 'http://hl7.org/fhir/OperationDefinition/Patient-everything',
    level: 'type',
    type: 'Patient',
  } as const,
];

type Create = (deps: Deps, principal: Principal, request: FastifyRequest) => Promise<FhirResource>;

/** Each create a definition declares, by type: none is advertised without its handler here. */
const creates: Record<string, Create> = {
  Patient: (deps, principal, request) =>
    createFhirPatient(deps, principal, request.body, requestMeta(request)),
  Appointment: (deps, principal, request) =>
    bookFhirAppointment(
      deps,
      principal,
      { body: request.body, idempotencyKey: headerText(request.headers['idempotency-key']) },
      requestMeta(request),
    ),
};

/** The write interactions a definition declares, each with its handler. */
const writeRoutes: FastifyPluginAsyncZod<{ deps: Deps; definition: ResourceDefinition }> = async (
  app,
  { deps, definition },
) => {
  const { type, writes } = definition;
  const create = creates[type];
  if (writes.includes('create')) {
    if (!create) throw new Error(`No FHIR create handler for ${type}`);
    app.post(
      `/${type}`,
      {
        config: { policy: { roles: anyStaff } },
        schema: { tags, body: fhirResource, response: { 201: fhirResource } },
      },
      async (request, reply) => {
        const created = await create(deps, request.principal!, request);
        const version = created.meta?.versionId ? `/_history/${created.meta.versionId}` : '';
        const location = `${fhirBase(originOf(request))}/${type}/${created.id}${version}`;
        return reply.status(201).header('Location', location).send(withVersionHeaders(reply, created));
      },
    );
  }
  if (writes.includes('update')) {
    if (type !== 'Patient') throw new Error(`No FHIR update handler for ${type}`);
    app.put(
      '/Patient/:id',
      {
        config: { policy: { roles: anyStaff } },
        schema: {
          tags,
          params: fhirReadParams,
          headers: fhirUpdateHeaders,
          body: fhirResource,
          response: { 200: fhirResource },
        },
      },
      async (request, reply) => {
        const input = { body: request.body, ifMatch: request.headers['if-match'] };
        const patient = await updateFhirPatient(
          deps,
          request.principal!,
          request.params.id,
          input,
          requestMeta(request),
        );
        return withVersionHeaders(reply, patient);
      },
    );
  }
};

/**
 * FHIR R4 at `/fhir/R4` (registered with that prefix): metadata, then read and search for every
 * resource definition, their writes, and bulk export — all from the same lists the
 * CapabilityStatement is built from.
 */
export const fhirRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  speakFhir(app);

  app.get(
    '/metadata',
    { config: { policy: { public: true } }, schema: { tags, response: { 200: fhirResource } } },
    async (request) =>
      capabilityStatement(resourceDefinitions, operations, {
        baseUrl: fhirBase(originOf(request)),
        version: deps.config.version,
        date: deps.clock.now().toISOString(),
      }),
  );

  for (const definition of resourceDefinitions) {
    const policy = { roles: definition.roles };
    app.get(
      `/${definition.type}`,
      { config: { policy }, schema: { tags, querystring: fhirSearchQuery, response: { 200: fhirResource } } },
      async (request) => searchResources(deps, request.principal!, definition, fhirRequest(request)),
    );
    app.get(
      `/${definition.type}/:id`,
      { config: { policy }, schema: { tags, params: fhirReadParams, response: { 200: fhirResource } } },
      async (request, reply) =>
        withVersionHeaders(
          reply,
          await readResource(deps, request.principal!, definition, request.params.id, fhirRequest(request)),
        ),
    );
    await app.register(writeRoutes, { deps, definition });
  }

  app.get(
    '/Patient/:id/$everything',
    {
      config: { policy: { roles: anyone } },
      schema: { tags, params: fhirReadParams, response: { 200: fhirResource } },
    },
    async (request) => patientEverything(deps, request.principal!, request.params.id, fhirRequest(request)),
  );

  await app.register(fhirExportRoutes, { deps });
};
