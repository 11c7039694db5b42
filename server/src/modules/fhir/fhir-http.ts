import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../platform/errors/app-error';
import { requestMeta } from '../../platform/auth/request-meta';
import type { FhirResource } from './fhir-resource';
import type { FhirRequest } from './fhir.service';
import { toOperationOutcome } from './operation-outcome';
import { prefersLenient } from './search-params';
import { versionTag } from './patient.mapper';

export const FHIR_JSON = 'application/fhir+json; charset=utf-8';

/**
 * What makes the `/fhir/R4` plugin speak FHIR rather than Corium's own JSON, inside its own
 * encapsulation: `application/fhir+json` bodies, FHIR's content type on every answer, and every
 * error — from auth, validation or a service — as an OperationOutcome with its HTTP status.
 */
export function speakFhir(app: FastifyInstance): void {
  app.addContentTypeParser(
    'application/fhir+json',
    { parseAs: 'string' },
    app.getDefaultJsonParser('error', 'error'),
  );
  app.addHook('onRequest', async (_request, reply) => {
    reply.type(FHIR_JSON);
  });
  app.setErrorHandler((error, request, reply) => {
    const { status, outcome } = toOperationOutcome(error);
    if (status >= 500) request.log.error({ err: error }, 'FHIR request failed');
    else request.log.info({ status }, outcome.issue[0]?.diagnostics);
    return reply.status(status).type(FHIR_JSON).send(outcome);
  });
  app.setNotFoundHandler((request) => {
    throw new AppError('NOT_FOUND', `No FHIR interaction ${request.method} ${request.url.split('?')[0]}`);
  });
}

/** A header sent once or several times, as one comma-separated value. */
export const headerText = (value: string | string[] | undefined): string | undefined =>
  value === undefined ? undefined : [value].flat().join(', ');

export const originOf = (request: FastifyRequest): string => `${request.protocol}://${request.host}`;

export const fhirRequest = (request: FastifyRequest): FhirRequest => ({
  meta: requestMeta(request),
  origin: originOf(request),
  query: (request.query ?? {}) as FhirRequest['query'],
  lenient: prefersLenient(headerText(request.headers.prefer)),
});

/** `ETag` and `Last-Modified` for a resource that carries a version. */
export function withVersionHeaders(reply: FastifyReply, resource: FhirResource): FhirResource {
  if (resource.meta?.versionId) reply.header('ETag', versionTag(resource.meta.versionId));
  if (resource.meta?.lastUpdated)
    reply.header('Last-Modified', new Date(resource.meta.lastUpdated).toUTCString());
  return resource;
}
