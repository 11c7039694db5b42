import { randomBytes } from 'node:crypto';
import type { TotpEnrolment, TotpEnrolResponse, TotpVerifyRequest } from '@corium/contracts';
import QRCode from 'qrcode';
import type { Deps } from '../../deps';
import { recordAudit } from '../../platform/audit/audit';
import { hashPassword, verifyPassword } from '../../platform/auth/passwords';
import type { RequestMeta, SessionAuth } from '../../platform/auth/policy';
import { actorOf } from '../../platform/auth/request-meta';
import { matchTotp, newTotpSecret, otpauthUrl } from '../../platform/auth/totp';
import type { Executor } from '../../platform/db/database';
import { AppError } from '../../platform/errors/app-error';
import { newId } from '../../platform/ids';
import * as credentials from './credentials.repo';
import { describeSession, type SessionResult } from './sign-in.service';
import { startSession } from './sessions';
import { assertNotThrottled, clearFailures, recordFailure } from './throttle';
import { rules } from './throttle-rules';
import * as users from './users.repo';

const RECOVERY_CODES = 10;

async function loadUser(db: Executor, session: SessionAuth) {
  const user = await users.findUser(db, session.principal.clinicId, session.principal.userId);
  if (!user) throw new AppError('UNAUTHENTICATED', 'Please sign in again');
  return user;
}

/** The secret to scan at first sign-in; the same one until enrolment succeeds. */
export async function getTotpEnrolment(deps: Deps, session: SessionAuth): Promise<TotpEnrolment> {
  const user = await loadUser(deps.db, session);
  let secret = user.totp_secret;
  if (!secret) {
    secret = newTotpSecret();
    await users.updateUser(deps.db, user.clinic_id, user.id, { totp_secret: secret });
  }
  const clinic = await users.findClinicName(deps.db, user.clinic_id);
  const url = otpauthUrl(secret, user.email, `Corium ${clinic.name}`);
  return { secret, otpauthUrl: url, qrSvg: await QRCode.toString(url, { type: 'svg', margin: 1 }) };
}

/** First TOTP code proves the app is set up: enrol, hand out recovery codes, sign in fully. */
export async function enrolTotp(
  deps: Deps,
  session: SessionAuth,
  code: string,
  meta: RequestMeta,
): Promise<TotpEnrolResponse & { sessionToken: string }> {
  const now = deps.clock.now();
  const user = await loadUser(deps.db, session);
  const step = user.totp_secret ? matchTotp(user.totp_secret, code, now, Number(user.totp_last_step)) : null;
  if (step === null)
    throw new AppError('VALIDATION_FAILED', 'That code is not right', [
      { path: 'code', message: 'That code is not right; check the time on your phone' },
    ]);
  const recoveryCodes = Array.from({ length: RECOVERY_CODES }, newRecoveryCode);
  const hashes = await Promise.all(recoveryCodes.map((c) => hashPassword(normalise(c))));
  const started = await deps.db.transaction().execute(async (trx) => {
    if (!(await users.claimTotpStep(trx, user.clinic_id, user.id, step)).numUpdatedRows) {
      throw new AppError('VALIDATION_FAILED', 'That code was already used', [
        { path: 'code', message: 'Wait for the next code' },
      ]);
    }
    await users.updateUser(trx, user.clinic_id, user.id, { totp_enrolled_at: now });
    await credentials.deleteRecoveryCodes(trx, user.clinic_id, user.id);
    await credentials.insertRecoveryCodes(
      trx,
      hashes.map((h) => ({ id: newId(), clinic_id: user.clinic_id, user_id: user.id, code_hash: h })),
    );
    await recordAudit(
      trx,
      actorOf(session.principal, meta),
      { action: 'update', resourceType: 'user', resourceId: user.id, details: { change: 'totp_enrolled' } },
      now,
    );
    return startSession(trx, deps, user, 'full', meta, session.token);
  });
  return { recoveryCodes, session: await describeSession(deps, started.auth), sessionToken: started.token };
}

/** Second step of a staff sign-in: a TOTP code (never accepted twice) or a recovery code (once). */
export async function verifyTotp(
  deps: Deps,
  session: SessionAuth,
  input: TotpVerifyRequest,
  meta: RequestMeta,
): Promise<SessionResult> {
  const now = deps.clock.now();
  const user = await loadUser(deps.db, session);
  const keys = [
    { key: `totp:${user.id}`, rule: rules.totp },
    { key: `ip:${meta.ip}`, rule: rules.ip },
  ];
  await assertNotThrottled(deps.db, keys, now);
  const recoveryId =
    'recoveryCode' in input ? await matchRecoveryCode(deps.db, user, input.recoveryCode) : null;
  const step =
    'code' in input && user.totp_secret
      ? matchTotp(user.totp_secret, input.code, now, Number(user.totp_last_step))
      : null;
  const started = await deps.db.transaction().execute(async (trx) => {
    const accepted =
      (step !== null &&
        (await users.claimTotpStep(trx, user.clinic_id, user.id, step)).numUpdatedRows > 0n) ||
      (recoveryId !== null && (await credentials.useRecoveryCode(trx, recoveryId, now)).numUpdatedRows > 0n);
    const event = {
      action: 'sign_in' as const,
      resourceType: 'session',
      details: { step: 'recoveryCode' in input ? 'recovery_code' : 'totp' },
    };
    if (!accepted) {
      await recordFailure(trx, keys, now);
      await recordAudit(trx, actorOf(session.principal, meta), { ...event, outcome: 'failure' }, now);
      return null;
    }
    await clearFailures(trx, keys[0]!.key);
    await recordAudit(trx, actorOf(session.principal, meta), event, now);
    return startSession(trx, deps, user, 'full', meta, session.token);
  });
  if (!started) throw new AppError('UNAUTHENTICATED', 'That code is not right');
  return { state: await describeSession(deps, started.auth), sessionToken: started.token };
}

async function matchRecoveryCode(
  db: Executor,
  user: { id: string; clinic_id: string },
  given: string,
): Promise<string | null> {
  for (const code of await credentials.unusedRecoveryCodes(db, user.clinic_id, user.id)) {
    if (await verifyPassword(code.code_hash, normalise(given))) return code.id;
  }
  return null;
}

/** 10 Base32-ish characters shown as xxxxx-xxxxx: 50 bits, easy to read out and type. */
function newRecoveryCode(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const chars = Array.from(randomBytes(10), (b) => alphabet[b % alphabet.length]).join('');
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}

const normalise = (code: string): string => code.toLowerCase().replace(/[^a-z0-9]/g, '');
