import type { Role } from '@corium/contracts';

/**
 * Every route states who may call it, in its options: `config: { policy }`. A route without a
 * policy fails at registration, so a forgotten authorization check cannot ship.
 */
export type RoutePolicy =
  /** No sign-in needed: health, public pages, sign-in itself. */
  | { public: true }
  /** Halfway through a staff sign-in: only the TOTP step itself. */
  | { signInStep: 'totp' | 'totp_enrolment' }
  /**
   * A signed-in user with one of these roles. `patient: 'path'` also requires that the patient
   * named by the `:patientId` path parameter belongs to the caller's clinic — and, for the
   * role `patient`, is the caller — checked before the handler runs (404 otherwise). A record
   * the app marks as needing a stated reason answers 403 `BREAK_GLASS_REQUIRED` instead.
   */
  | { roles: readonly Role[]; patient?: 'path' };

export interface Principal {
  userId: string;
  clinicId: string;
  role: Role;
  email: string;
  displayName: string;
  /** May sign overrides of screening findings (a clinic setting, not a role). */
  isPrescriber: boolean;
  /** Set when the request came with an API token instead of a session cookie. */
  tokenId: string | null;
}

export type SessionStage = 'totp' | 'totp_enrolment' | 'full';

/** The browser session behind the request's cookie, at whatever sign-in step it is. */
export interface SessionAuth {
  token: string;
  stage: SessionStage;
  csrfToken: string;
  principal: Principal;
}

/** Where a request came from, for the audit log. */
export interface RequestMeta {
  ip: string;
  userAgent: string | null;
  requestId: string;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    policy?: RoutePolicy;
  }
  interface FastifyRequest {
    /** Fully signed in (session past every step, or API token); null otherwise. */
    principal: Principal | null;
    session: SessionAuth | null;
  }
}

export const anyStaff: readonly Role[] = ['admin', 'medical_director', 'practitioner', 'front_desk'];
export const clinicalStaff: readonly Role[] = ['medical_director', 'practitioner'];
export const anyone: readonly Role[] = [...anyStaff, 'patient'];
