import type { FastifyRequest } from 'fastify';
import type { AuditActor } from '../audit/audit';
import type { Principal, RequestMeta } from './policy';

export const requestMeta = (request: FastifyRequest): RequestMeta => ({
  ip: request.ip,
  userAgent: request.headers['user-agent'] ?? null,
  requestId: request.id,
});

export const actorOf = (principal: Principal | null, meta: RequestMeta): AuditActor => ({
  clinicId: principal?.clinicId ?? null,
  userId: principal?.userId ?? null,
  role: principal?.role ?? null,
  tokenId: principal?.tokenId ?? null,
  ip: meta.ip,
  requestId: meta.requestId,
});
