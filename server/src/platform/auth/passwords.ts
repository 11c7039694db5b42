import { hash, verify } from '@node-rs/argon2';

/**
 * argon2id with OWASP's minimum (19 MiB, 2 passes, 1 lane). The parameters are stored in
 * each hash, so raising them later only affects new and re-hashed passwords.
 */
export const argon2Params = {
  algorithm: 2, // Algorithm.Argon2id (a const enum, which isolated modules cannot import)
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export const hashPassword = (password: string): Promise<string> => hash(password, argon2Params);

export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    return false; // a malformed stored hash never signs anyone in
  }
}

/**
 * Verifying against this when the account does not exist keeps the response time the same,
 * so sign-in does not reveal which e-mail addresses have accounts.
 */
export const decoyHash = hashPassword('corium-decoy-password-for-timing');
