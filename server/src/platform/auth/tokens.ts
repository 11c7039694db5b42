import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe: session cookies and API tokens. */
export const newSecretToken = (): string => randomBytes(32).toString('base64url');

/** Only hashes of tokens are stored; a leaked table cannot be replayed. */
export const hashToken = (token: string): Buffer => createHash('sha256').update(token).digest();
