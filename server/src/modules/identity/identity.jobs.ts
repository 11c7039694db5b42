import { z } from 'zod';
import type { Deps } from '../../deps';
import { defineJob } from '../../platform/jobs/job';
import { findInvitationForMail } from './credentials.repo';

/**
 * The invitation e-mail. Unlike other jobs it carries the link itself: only the link's hash is
 * stored with the invitation, so the e-mail cannot be rebuilt from ids. The link expires after
 * 7 days and works once.
 */
export const inviteStaffJob = defineJob<{ invitationId: string; inviteUrl: string }, Deps>({
  name: 'identity.invite-staff',
  payload: z.object({ invitationId: z.uuid(), inviteUrl: z.url() }),
  async handle(deps, { invitationId, inviteUrl }, ctx) {
    const invitation = await findInvitationForMail(ctx.trx, invitationId);
    if (!invitation || invitation.accepted_at) return; // accepted already or withdrawn: nothing to send
    await deps.mail.send({
      to: invitation.email,
      subject: `You are invited to ${invitation.clinic_name} on Corium`,
      text: [
        `Hello ${invitation.display_name},`,
        '',
        `${invitation.clinic_name} has invited you to Corium. Choose your password here (the link works once, for 7 days):`,
        inviteUrl,
        '',
        'You will then set up two-step sign-in with an authenticator app on your phone.',
      ].join('\n'),
      idempotencyKey: ctx.outboxId,
    });
  },
});
