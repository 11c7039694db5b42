import type { ZoneId } from '@corium/contracts';
import type { Executor } from '../../../platform/db/database';
import { AppError } from '../../../platform/errors/app-error';
import { wallClockOf } from '../../booking/wall-clock';
import * as chart from '../session-facts.repo';
import type { TreatmentFacts } from './build-plan';

/**
 * The chart has no PRP field of its own: PRP is charted as a topical applied to the needled
 * skin, so a topical product named for it ("PRP", "platelet-rich plasma") marks the session.
 */
const PRP_PRODUCT = /\bprp\b|platelet[\s-]*rich/i;

export type SignedSession = NonNullable<Awaited<ReturnType<typeof chart.findSignedSession>>>;

/** The signed session and what aftercare needs to know of it; refuses a session not yet signed. */
export async function loadTreatmentFacts(
  db: Executor,
  clinicId: string,
  sessionId: string,
): Promise<{ session: SignedSession; facts: TreatmentFacts }> {
  const session = await chart.findSignedSession(db, clinicId, sessionId);
  if (!session) throw new AppError('NOT_FOUND', 'No signed treatment session with this id');
  const zones = await chart.sessionZones(db, clinicId, sessionId);
  const topicals = await chart.sessionTopicalNames(db, clinicId, sessionId);
  const depths = zones.map((z) => Number(z.depth_mm));
  return {
    session,
    facts: {
      modality: session.modality,
      zones: zones.map((z) => z.zone as ZoneId),
      deepestMm: depths.length > 0 ? Math.max(...depths) : null,
      prp: topicals.some((t) => PRP_PRODUCT.test(t.name)),
      fitzpatrickType: session.fitzpatrick_type,
      treatmentDate: wallClockOf(session.started_at, session.time_zone).date,
    },
  };
}
