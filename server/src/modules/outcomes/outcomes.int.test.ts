import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import {
  course,
  outcomeWorld,
  outcomesOf,
  photoOf,
  post,
  recordScore,
  type OutcomeWorld,
} from './outcomes-test-kit';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

const goodmanBaron = (score: number, extra = {}) => ({
  scale: 'goodman_baron' as const,
  concern: 'acne_scars' as const,
  timepoint: 'baseline' as const,
  ratedOn: '2026-12-01',
  score,
  ...extra,
});
const scoreCount = async (patientId: string) =>
  (await t.deps.db.selectFrom('outcome_score').select('id').where('patient_id', '=', patientId).execute())
    .length;

describe('recording outcome scores', () => {
  let w: OutcomeWorld;
  beforeAll(async () => {
    w = (await outcomeWorld(t)) as OutcomeWorld;
  });

  it('records a grade on the patient’s photos, audited, and charts it with photo pairs', async () => {
    const patient = await w.clinic.addPatient();
    const first = await photoOf(t, w.practitioner.browser, patient.id);
    const score = await recordScore(
      t,
      w.practitioner.browser,
      patient.id,
      goodmanBaron(3, { photoIds: [first], ratedOn: '2026-09-01' }),
    );
    expect(score).toMatchObject({ score: 3, rater: 'clinician', scaleVersion: '2026.1', photoIds: [first] });
    t.clock.advance(60_000);
    const later = await photoOf(t, w.practitioner.browser, patient.id);
    await recordScore(t, w.practitioner.browser, patient.id, {
      ...goodmanBaron(2, { photoIds: [later] }),
      timepoint: 'month_3',
    });
    const read = await outcomesOf(t, w.admin.browser, `/api/patients/${patient.id}/outcomes`);
    expect(read.progress).toHaveLength(1);
    expect(read.progress[0]!.points.map((p) => p.score)).toEqual([3, 2]);
    expect(read.progress[0]!.points[1]!.photoPairs[0]).toMatchObject({
      view: 'front',
      baseline: { id: first },
      current: { id: later, thumbnailUrl: `/api/patients/${patient.id}/photos/${later}/thumbnail` },
    });
    const audit = await t.deps.db
      .selectFrom('audit_event')
      .select(['action', 'resource_type'])
      .where('resource_type', '=', 'outcome_score')
      .where(sql<boolean>`${patient.id} = ANY(patient_ids)`)
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['create', 'create', 'read']);
  });

  it('computes mMASI from its regions', async () => {
    const patient = await w.clinic.addPatient();
    const region = (area: number, darkness: number) => ({ area, darkness });
    const score = await recordScore(t, w.director.browser, patient.id, {
      scale: 'mmasi',
      concern: 'melasma',
      timepoint: 'baseline',
      ratedOn: '2026-12-01',
      mmasi: {
        forehead: region(2, 2),
        right_malar: region(3, 3),
        left_malar: region(3, 2),
        chin: region(1, 1),
      },
    });
    expect(score.score).toBe(5.8);
  });

  it('refuses what the scale or the record does not allow, and stores nothing', async () => {
    const patient = await w.clinic.addPatient();
    const other = await w.clinic.addPatient();
    const theirPhoto = await photoOf(t, w.practitioner.browser, other.id);
    const url = `/api/patients/${patient.id}/outcomes`;
    const refusals = [
      [goodmanBaron(5), 'score'],
      [goodmanBaron(2.5), 'score'],
      [goodmanBaron(2, { concern: 'melasma' }), 'concern'],
      [goodmanBaron(2, { photoIds: [theirPhoto] }), 'photoIds.0'],
      [goodmanBaron(2, { ratedOn: '2099-01-01' }), 'ratedOn'],
      [goodmanBaron(2, { timepoint: 'before_session' }), 'sessionId'],
      [{ ...goodmanBaron(2), scale: 'satisfaction', concern: null }, 'scale'],
      [goodmanBaron(2, { patientId: other.id }), null],
    ] as const;
    for (const [body, path] of refusals) {
      const response = await post(t, w.practitioner.browser, url, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      if (path)
        expect(response.json<{ details: { path: string }[] }>().details.map((d) => d.path)).toContain(path);
    }
    expect(await scoreCount(patient.id)).toBe(0);
    const front = await post(t, w.frontDesk, url, goodmanBaron(2));
    expect(front.statusCode).toBe(403);
  });

  it('marks a score entered in error once; the database refuses any other change', async () => {
    const patient = await w.clinic.addPatient();
    const score = await recordScore(t, w.practitioner.browser, patient.id, goodmanBaron(4));
    const url = `/api/patients/${patient.id}/outcomes/${score.id}/entered-in-error`;
    const marked = await post(t, w.practitioner.browser, url, { reason: 'Rated the wrong patient' });
    expect(marked.statusCode, marked.body).toBe(200);
    expect(marked.json().score.enteredInError).toMatchObject({ reason: 'Rated the wrong patient' });
    expect((await post(t, w.practitioner.browser, url, { reason: 'Again' })).statusCode).toBe(409);
    const read = await outcomesOf(t, w.practitioner.browser, `/api/patients/${patient.id}/outcomes`);
    expect(read.scores).toHaveLength(1);
    expect(read.progress).toEqual([]);
    await expect(
      t.deps.db.updateTable('outcome_score').set({ note: 'changed' }).where('id', '=', score.id).execute(),
    ).rejects.toThrow(/outcome scores are kept/);
    await expect(t.deps.db.deleteFrom('outcome_score').where('id', '=', score.id).execute()).rejects.toThrow(
      /outcome scores are kept/,
    );
  });

  it('lets a patient answer their own questionnaires, and see only their own record', async () => {
    const { seriesId } = await course(t, w, w.patientId, ['2026-09-01']);
    const answered = await post(t, w.portal, '/api/portal/outcomes', {
      scale: 'appearance_check',
      timepoint: 'baseline',
      seriesId,
      answers: [2, 3, 3, 4],
    });
    expect(answered.statusCode, answered.body).toBe(201);
    expect(answered.json().score).toMatchObject({ score: 67, rater: 'patient', ratedByName: null });
    const clinicianScale = await post(t, w.portal, '/api/portal/outcomes', goodmanBaron(2));
    expect(clinicianScale.statusCode).toBe(400);
    const other = await w.clinic.addPatient();
    await recordScore(t, w.practitioner.browser, other.id, goodmanBaron(3));
    const { seriesId: theirs } = await course(t, w, other.id, ['2026-09-02']);
    const foreign = await post(t, w.portal, '/api/portal/outcomes', {
      scale: 'appearance_check',
      timepoint: 'baseline',
      seriesId: theirs,
      answers: [1, 1, 1, 1],
    });
    expect(foreign.statusCode).toBe(400);
    const own = await outcomesOf(t, w.portal, '/api/portal/outcomes');
    expect(own.scores.map((s) => s.patientId)).toEqual([w.patientId]);
    expect(own.schedule[0]!.items[0]).toMatchObject({ timepoint: 'baseline', patientDone: true });
  });

  it('moves scores with a merge of duplicates', async () => {
    const survivor = await w.clinic.addPatient();
    const duplicate = await w.clinic.addPatient();
    await recordScore(t, w.practitioner.browser, duplicate.id, goodmanBaron(3));
    const merged = await post(t, w.director.browser, `/api/patients/${survivor.id}/merge`, {
      duplicateId: duplicate.id,
      reason: 'Registered twice',
    });
    expect(merged.statusCode, merged.body).toBeLessThan(300);
    expect(merged.json().moves).toMatchObject({ outcomeScores: 1 });
    expect(await scoreCount(survivor.id)).toBe(1);
    expect(await scoreCount(duplicate.id)).toBe(0);
  });
});
