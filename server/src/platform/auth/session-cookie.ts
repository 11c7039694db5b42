import type { FastifyReply } from 'fastify';
import { SESSION_COOKIE } from './auth-plugin';

/** `__Host-` cookies must be Secure, Path=/, without Domain; browsers accept Secure on http://localhost. */
const cookieOptions = { path: '/', httpOnly: true, secure: true, sameSite: 'lax' } as const;

export const setSessionCookie = (reply: FastifyReply, token: string): FastifyReply =>
  reply.setCookie(SESSION_COOKIE, token, cookieOptions);

export const clearSessionCookie = (reply: FastifyReply): FastifyReply =>
  reply.clearCookie(SESSION_COOKIE, cookieOptions);
