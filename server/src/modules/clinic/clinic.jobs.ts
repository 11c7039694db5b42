import { z } from 'zod';
import type { Deps } from '../../deps';
import { defineJob } from '../../platform/jobs/job';
import { findUserForWelcome } from './clinic.repo';

/** Sent after onboarding: tells the first admin where their clinic lives and what comes next. */
export const welcomeAdminJob = defineJob<{ userId: string }, Deps>({
  name: 'clinic.welcome-admin',
  payload: z.object({ userId: z.uuid() }),
  async handle(deps, { userId }, ctx) {
    const user = await findUserForWelcome(ctx.trx, userId);
    if (!user) return; // the account was removed before the job ran: nothing to say
    await deps.mail.send({
      to: user.email,
      subject: `${user.clinic_name} is ready in Corium`,
      text: [
        `Hello ${user.display_name},`,
        '',
        `${user.clinic_name} is set up in Corium. Sign in at ${deps.config.publicUrl}/signin`,
        'to add your team, rooms, pens and cartridge lots.',
      ].join('\n'),
      idempotencyKey: ctx.outboxId,
    });
  },
});
