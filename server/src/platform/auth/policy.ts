import type { Role } from '@corium/contracts';

/**
 * Every route states who may call it, in its options: `config: { policy }`. A route without a
 * policy fails at registration, so a forgotten authorization check cannot ship.
 */
export type RoutePolicy =
  /** No sign-in needed: health, public pages, sign-in itself. */
  | { public: true }
  /** A signed-in user with one of these roles. */
  | { roles: readonly Role[] };

export interface Principal {
  userId: string;
  clinicId: string;
  role: Role;
  email: string;
  displayName: string;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    policy?: RoutePolicy;
  }
  interface FastifyRequest {
    principal: Principal | null;
  }
}

export const anyStaff: readonly Role[] = ['admin', 'medical_director', 'practitioner', 'front_desk'];
export const anyone: readonly Role[] = [...anyStaff, 'patient'];
