import { sql, type Insertable } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { createTestClinic, type TestClinic } from '../../../test/factories/clinic.factory';
import { signIn, type Browser } from '../../../test/factories/sign-in';
import type { PatientTable } from '../../platform/db/schema';
import { newId } from '../../platform/ids';

let t: TestApp;
let clinic: TestClinic;
let admin: Browser;
let director: Browser;
let directorId: string;
beforeAll(async () => {
  t = await buildTestApp();
  clinic = await createTestClinic(t.deps);
  admin = await signIn(t, (await clinic.addUser('admin')).email);
  const directorUser = await clinic.addUser('medical_director');
  directorId = directorUser.id;
  director = await signIn(t, directorUser.email);
});
afterAll(() => t.close());

const reason = 'Registered twice: same person, surname misspelt at the desk';
const daysAgo = (days: number) => new Date(t.clock.now().getTime() - days * 86_400_000);
const day = (days: number) => daysAgo(days).toISOString().slice(0, 10);
const get = (browser: Browser, url: string) => t.app.inject({ method: 'GET', url, headers: browser.headers });
const send = (browser: Browser, method: 'POST' | 'PATCH', url: string, payload: object) =>
  t.app.inject({ method, url, headers: browser.headers, payload });
const merge = (browser: Browser, survivorId: string, payload: object) =>
  send(browser, 'POST', `/api/patients/${survivorId}/merge`, payload);

async function addPatient(fields: Partial<Insertable<PatientTable>> = {}) {
  const id = newId();
  const born = { date_of_birth: '1991-07-14', sex: 'female' as const };
  const row = { id, clinic_id: clinic.id, given_name: 'Zoë', family_name: `Müller ${id.slice(-5)}`, ...born };
  await t.deps.db
    .insertInto('patient')
    .values({ ...row, ...fields })
    .execute();
  return id;
}

async function addHistory(patientId: string, version: number, answers: object, at: Date) {
  const source = version === 1 ? 'patient' : 'staff';
  await sql`INSERT INTO medical_history (id, clinic_id, patient_id, version, answers, entered_at, entered_by, source)
    VALUES (${newId()}, ${clinic.id}, ${patientId}, ${version}, ${JSON.stringify(answers)}, ${at}, ${directorId}, ${source})`.execute(
    t.deps.db,
  );
}

/**
 * What else a patient's record holds: a screening at `needs-doctor` with a prescriber's signed
 * override, a signed consent, a request to sign, and a photo-use choice.
 */
async function addRecords(patientId: string) {
  const [evaluationId, templateId, versionId, hash] = [newId(), newId(), newId(), 'a'.repeat(64)];
  const [db, c, p, by, at] = [t.deps.db, clinic.id, patientId, directorId, daysAgo(3)];
  await sql`INSERT INTO screening_evaluation (id, clinic_id, patient_id, occasion, history_version, inputs,
      rule_set_version, outcome, result, needs_override, created_by, created_at)
    VALUES (${evaluationId}, ${c}, ${p}, 'booking', 1, '{"answers": {}}', 'default-2026.11', 'needs-doctor',
      '{"findings": []}', '{C07}', ${by}, ${at})`.execute(db);
  await sql`INSERT INTO screening_override (id, clinic_id, evaluation_id, patient_id, rule_id, level, reason, signed_by, signed_at)
    VALUES (${newId()}, ${c}, ${evaluationId}, ${p}, 'C07', 'needs-doctor', 'Off isotretinoin 8 months', ${by}, ${at})`.execute(
    db,
  );
  await sql`INSERT INTO consent_template (id, clinic_id, treatment, created_at)
    SELECT ${templateId}, ${c}, 'microneedling', ${at}
     WHERE NOT EXISTS (SELECT 1 FROM consent_template WHERE clinic_id = ${c} AND treatment = 'microneedling')`.execute(
    db,
  );
  await sql`INSERT INTO consent_template_version (id, clinic_id, template_id, treatment, version, title, body,
      material_revision, change_note, published_at)
    SELECT ${versionId}, ${c}, t.id, 'microneedling',
           (SELECT count(*) + 1 FROM consent_template_version WHERE template_id = t.id), 'Microneedling', 'Text', 1, 'First', ${at}
      FROM consent_template t WHERE t.clinic_id = ${c} AND t.treatment = 'microneedling'`.execute(db);
  await sql`INSERT INTO signed_consent (id, clinic_id, patient_id, template_version_id, treatment, rendered_text,
      document_sha256, typed_name, signature, signed_at, ip, signed_via, pdf, pdf_sha256)
    VALUES (${newId()}, ${c}, ${p}, ${versionId}, 'microneedling', 'Text', ${hash}, 'Zoë Müller', '{}', ${at},
      '127.0.0.1', 'portal', '\\x00'::bytea, ${hash})`.execute(db);
  await sql`INSERT INTO consent_request (id, clinic_id, patient_id, treatment, requested_by, requested_at)
    VALUES (${newId()}, ${c}, ${p}, 'photography', ${by}, ${at})`.execute(db);
  await sql`INSERT INTO photo_scope_event (id, clinic_id, patient_id, scope, granted, cause, changed_by, changed_at)
    VALUES (${newId()}, ${c}, ${p}, 'education', false, 'changed', ${by}, ${at})`.execute(db);
}

/** Everything a refused merge must leave as it was. */
const snapshot = async (ids: string[]) => {
  const rows = (table: 'patient' | 'medical_history', column: 'id' | 'patient_id') =>
    t.deps.db.selectFrom(table).selectAll().where(column, 'in', ids).orderBy('id').execute();
  const merges = sql`SELECT id FROM audit_event WHERE resource_type = 'patient_merge'`;
  return {
    patients: await rows('patient', 'id'),
    history: await rows('medical_history', 'patient_id'),
    merges: (await merges.execute(t.deps.db)).rows,
  };
};

describe('merging duplicate patient records', () => {
  it('numbers moved history after the survivor’s, keeping when and by whom, so "as of" follows time', async () => {
    const [survivor, duplicate] = [await addPatient(), await addPatient()];
    // The two records' versions interleave in time: v1 S, v1 D, v2 D, v2 S.
    await addHistory(survivor, 1, { anticoagulants: true }, daysAgo(20));
    await addHistory(duplicate, 1, { anticoagulants: true, active_cold_sore: true }, daysAgo(15));
    await addHistory(duplicate, 2, { anticoagulants: false, active_cold_sore: false }, daysAgo(8));
    await addHistory(survivor, 2, { anticoagulants: false }, daysAgo(4));

    const merged = await merge(director, survivor, { duplicateId: duplicate, reason });
    expect(merged.statusCode).toBe(200);
    expect(merged.json().moves).toMatchObject({ historyVersions: 2, screenings: 0, portalAccount: 'none' });
    const history = (url: string) => get(director, `/api/patients/${survivor}/medical-history${url}`);
    const versions = (await history('/versions')).json().versions;
    expect(versions.map((v: { version: number }) => v.version)).toEqual([2, 4, 3, 1]);
    expect(versions[2]).toMatchObject({ enteredAt: daysAgo(15).toISOString(), source: 'patient' });
    expect(versions[1]).toMatchObject({ enteredBy: 'Test medical_director', source: 'staff' });
    const asOf = async (daysBack: number) => (await history(`?asOf=${day(daysBack)}`)).json();
    expect(await asOf(18)).toMatchObject({ version: 1, answers: { anticoagulants: true } });
    expect(await asOf(12)).toMatchObject({ version: 3, answers: { active_cold_sore: true } });
    expect(await asOf(6)).toMatchObject({ version: 4, answers: { active_cold_sore: false } });
    expect((await history('')).json()).toMatchObject({ version: 2, answers: { anticoagulants: false } });
    expect((await get(director, `/api/patients/${duplicate}/medical-history`)).statusCode).toBe(404);
  });

  it('moves screenings, overrides, consents and photo choices unchanged, and audits it all in one event', async () => {
    const [survivor, duplicate] = [await addPatient(), await addPatient()];
    await addHistory(survivor, 1, {}, daysAgo(9));
    await addHistory(duplicate, 1, {}, daysAgo(8));
    await addRecords(duplicate);
    const tables = 'screening_evaluation screening_override signed_consent consent_request photo_scope_event';
    const records = async () => {
      const rows: { patient_id: string }[] = [];
      for (const table of tables.split(' ')) {
        const select = sql<
          (typeof rows)[number]
        >`SELECT * FROM ${sql.table(table)} WHERE clinic_id = ${clinic.id}`;
        rows.push(...(await select.execute(t.deps.db)).rows);
      }
      return rows;
    };
    const before = await records();

    const merged = await merge(director, survivor, { duplicateId: duplicate, reason });
    const kinds = 'historyVersions screenings overrides consents consentRequests photoScopeChanges';
    const moves = Object.fromEntries(kinds.split(' ').map((kind) => [kind, 1]));
    expect(merged.json().moves).toMatchObject(moves);
    // The duplicate's version 1, which its screening screened, is the survivor's version 2 now.
    const renumbered = (row: object) => ('history_version' in row ? { history_version: 2 } : {});
    const moved = before.map((row) =>
      row.patient_id === duplicate ? { ...row, patient_id: survivor, ...renumbered(row) } : row,
    );
    expect(await records()).toEqual(moved);
    expect(before.filter((row) => row.patient_id === duplicate)).toHaveLength(5);

    const { rows: events } =
      await sql`SELECT * FROM audit_event WHERE resource_type = 'patient_merge' AND resource_id = ${survivor}`.execute(
        t.deps.db,
      );
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: 'update',
      actor_user_id: directorId,
      patient_ids: [survivor, duplicate],
      details: {
        survivorId: survivor,
        duplicateId: duplicate,
        reason,
        ...moves,
        historyRenumbered: [{ from: 1, to: 2 }],
        intakeDraft: 'none',
        portalAccount: 'none',
      },
    });
  });

  it('hands the patient’s one active portal sign-in to the survivor', async () => {
    const survivor = await addPatient();
    const duplicate = await clinic.addPatient({ withAccount: true });
    const portal = await signIn(t, duplicate.email!);
    expect((await get(portal, '/api/portal/record')).json().patient.id).toBe(duplicate.id);
    const merged = await merge(admin, survivor, { duplicateId: duplicate.id, reason });
    expect(merged.json().moves).toMatchObject({ portalAccount: 'moved', filled: ['email'] });
    expect((await get(portal, '/api/portal/record')).json().patient.id).toBe(survivor);
    expect((await get(portal, `/api/patients/${duplicate.id}`)).statusCode).toBe(403);

    // A disabled account does not stand in the way: it stays with the merged record.
    const [withDisabled, withActive] = [
      await clinic.addPatient({ withAccount: true }),
      await clinic.addPatient({ withAccount: true }),
    ];
    const accounts = async () => {
      const [a, b] = [withDisabled.id, withActive.id];
      const select = sql<{
        user_id: string;
      }>`SELECT user_id FROM patient WHERE id IN (${a}, ${b}) ORDER BY id`;
      return (await select.execute(t.deps.db)).rows.map((row) => row.user_id);
    };
    const [disabled, active] = await accounts();
    await sql`UPDATE app_user SET disabled_at = now() WHERE id = ${disabled}`.execute(t.deps.db);
    const swapped = await merge(admin, withDisabled.id, { duplicateId: withActive.id, reason });
    expect(swapped.json().moves.portalAccount).toBe('moved');
    expect(await accounts()).toEqual([active, disabled]);
  });

  it('keeps the survivor’s details, fills what it lacks, unites concerns, appends notes, keeps the newer draft', async () => {
    const survivor = await addPatient({
      email: 'zoe@example.com',
      notes: 'Prefers mornings',
      concerns: ['texture'],
    });
    const duplicate = await addPatient({
      given_name: 'Zoe',
      email: 'zoe.old@example.com',
      phone: '+44 7700 900555',
      address: '3 Harley Mews, London',
      fitzpatrick_type: 4,
      notes: 'Keloid scar on the left jaw',
      concerns: ['texture', 'melasma'],
    });
    const draft = (patientId: string, answers: object, at: Date) =>
      sql`INSERT INTO intake_draft (clinic_id, patient_id, answers, updated_at) VALUES (${clinic.id}, ${patientId}, ${JSON.stringify(answers)}, ${at})`.execute(
        t.deps.db,
      );
    await draft(survivor, { diabetes: false }, daysAgo(5));
    await draft(duplicate, { diabetes: true }, daysAgo(1));

    const merged = await merge(director, survivor, { duplicateId: duplicate, reason });
    expect(merged.json().moves).toMatchObject({
      intakeDraft: 'took_duplicates',
      filled: ['phone', 'address', 'concerns', 'fitzpatrickType', 'notes'],
    });
    expect(merged.json().patient).toMatchObject({
      email: 'zoe@example.com',
      phone: '+44 7700 900555',
      concerns: ['texture', 'melasma'],
      clinical: {
        fitzpatrickType: 4,
        notes: expect.stringMatching(
          /^Prefers mornings\n\nNotes merged from the record of Zoe .*\nKeloid scar/,
        ),
      },
      mergedFrom: [
        { id: duplicate, name: expect.stringMatching(/^Zoe Müller/), at: t.clock.now().toISOString() },
      ],
    });
    const drafts =
      await sql`SELECT patient_id, answers FROM intake_draft WHERE clinic_id = ${clinic.id}`.execute(
        t.deps.db,
      );
    expect(drafts.rows).toEqual([{ patient_id: survivor, answers: { diabetes: true } }]);
  });

  it('keeps the duplicate readable, saying where it went, out of search, and closed to edits', async () => {
    const survivor = await addPatient({ given_name: 'Inès', family_name: 'Łukasiewicz' });
    const duplicate = await addPatient({ given_name: 'Ines', family_name: 'Lukasiewicz' });
    await merge(admin, survivor, { duplicateId: duplicate, reason });

    expect((await get(admin, `/api/patients/${duplicate}`)).json().mergedInto).toEqual({
      id: survivor,
      name: 'Inès Łukasiewicz',
      at: t.clock.now().toISOString(),
      by: 'Test admin',
      reason,
    });
    const found = (await get(admin, '/api/patients?q=lukasiewicz'))
      .json()
      .patients.map((p: { id: string }) => p.id);
    expect(found).toEqual([survivor]);
    const edit = await send(admin, 'PATCH', `/api/patients/${duplicate}`, { phone: '+44 20 7946 0000' });
    expect(edit.statusCode).toBe(409);
  });
});

describe('what a merge would do, and merges refused', () => {
  it('previews both records and what would move, changing nothing', async () => {
    const survivor = await addPatient();
    const duplicate = await addPatient({ phone: '+44 7700 900123' });
    await addHistory(duplicate, 1, {}, daysAgo(8));
    await addRecords(duplicate);
    const before = await snapshot([survivor, duplicate]);

    const preview = await get(director, `/api/patients/${survivor}/merge-preview?duplicateId=${duplicate}`);
    expect(preview.statusCode).toBe(200);
    expect(preview.json()).toMatchObject({
      survivor: { id: survivor, mergedInto: null },
      duplicate: { id: duplicate, phone: '+44 7700 900123' },
      moves: { historyVersions: 1, screenings: 1, overrides: 1, intakeDraft: 'none', filled: ['phone'] },
    });
    expect(await snapshot([survivor, duplicate])).toEqual(before);
  });

  it('refuses self, merged and doubly-signed-in records, other clinics and other roles, changing nothing', async () => {
    const [a, b, c] = [await addPatient(), await addPatient(), await addPatient()];
    expect((await merge(admin, a, { duplicateId: b, reason })).statusCode).toBe(200);
    const [withAccount, alsoWithAccount] = [
      (await clinic.addPatient({ withAccount: true })).id,
      (await clinic.addPatient({ withAccount: true })).id,
    ];
    const elsewhere = await createTestClinic(t.deps);
    const otherClinicPatient = (await elsewhere.addPatient()).id;
    const frontDesk = await signIn(t, (await clinic.addUser('front_desk')).email);
    const practitioner = await signIn(t, (await clinic.addUser('practitioner')).email);
    const ids = [a, b, c, withAccount, alsoWithAccount, otherClinicPatient];
    const before = await snapshot(ids);

    const refusals: [Browser, string, object, number, RegExp?][] = [
      [admin, a, { duplicateId: a, reason }, 400, /itself/],
      [admin, c, { duplicateId: b, reason }, 409, /already merged/],
      [admin, b, { duplicateId: c, reason }, 409, /itself merged into another/],
      [admin, withAccount, { duplicateId: alsoWithAccount, reason }, 409, /Disable one of the accounts/],
      [admin, a, { duplicateId: otherClinicPatient, reason }, 404],
      [admin, otherClinicPatient, { duplicateId: a, reason }, 404],
      [admin, a, { duplicateId: c, reason: 'dup' }, 400],
      [frontDesk, a, { duplicateId: c, reason }, 403],
      [practitioner, a, { duplicateId: c, reason }, 403],
    ];
    for (const [browser, survivor, payload, status, message] of refusals) {
      const response = await merge(browser, survivor, payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(status);
      if (message) expect(response.json().message).toMatch(message);
    }
    const preview = await get(
      director,
      `/api/patients/${withAccount}/merge-preview?duplicateId=${alsoWithAccount}`,
    );
    expect(preview.statusCode).toBe(409);
    expect(await snapshot(ids)).toEqual(before);
  });
});
