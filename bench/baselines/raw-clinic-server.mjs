// The baseline of the FHIR workloads (W1–W4): bare Fastify with `pg` handlers that read and write
// the same tables Corium does — no authentication, no audit, no FHIR mapping, no validation beyond
// what JSON parsing gives. Each route is one SQL statement, sent as a named prepared statement.
// Plain JavaScript run by plain `node`, like Corium's built server/dist/main.js.
import Fastify from 'fastify';
import pg from 'pg';

const clinicId = process.env.CLINIC_ID;
const pool = new pg.Pool({
  ...JSON.parse(process.env.RAW_PG ?? '{}'),
  max: Number(process.env.POOL_MAX ?? 10),
});
pool.on('error', () => undefined);

const columns = `id, given_name, family_name, date_of_birth, sex, email, phone, preferred_language, address,
  emergency_contact, merged_into, updated_at`;

/** The fields the raw handler takes from a FHIR Patient body: no checks, no defaults beyond these. */
const fieldsOf = (body) => [
  body?.name?.[0]?.given?.[0] ?? '',
  body?.name?.[0]?.family ?? '',
  body?.birthDate,
  body?.gender ?? 'unknown',
  body?.telecom?.find((t) => t.system === 'email')?.value ?? null,
  body?.telecom?.find((t) => t.system === 'phone')?.value ?? null,
];

const one = async (reply, query) => {
  const { rows } = await pool.query(query);
  return rows[0] ?? reply.status(404).send({ error: 'NOT_FOUND' });
};

const app = Fastify({ logger: false });
app.addContentTypeParser('application/fhir+json', { parseAs: 'string' }, app.getDefaultJsonParser());
app.get('/healthz', async () => ({ status: 'ok' }));

app.get('/patient/:id', (request, reply) =>
  one(reply, {
    name: 'read',
    text: `SELECT ${columns} FROM patient WHERE id = $1 AND clinic_id = $2`,
    values: [request.params.id, clinicId],
  }),
);

app.post('/patient', async (request, reply) => {
  const { rows } = await pool.query({
    name: 'create',
    text: `INSERT INTO patient (id, clinic_id, given_name, family_name, date_of_birth, sex, email, phone)
           VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, $6, $7) RETURNING ${columns}`,
    values: [clinicId, ...fieldsOf(request.body)],
  });
  return reply.status(201).send(rows[0]);
});

app.put('/patient/:id', (request, reply) =>
  one(reply, {
    name: 'update',
    text: `UPDATE patient SET given_name = $3, family_name = $4, date_of_birth = $5, sex = $6, email = $7,
             phone = $8, updated_at = now()
           WHERE id = $1 AND clinic_id = $2 RETURNING ${columns}`,
    values: [request.params.id, clinicId, ...fieldsOf(request.body)],
  }),
);

// The same condition Corium's FHIR `name` search writes (accent- and case-insensitive prefix of the
// given or family name), the same order and page size; no total count.
app.get('/patient', async (request) => {
  const { rows } = await pool.query({
    name: 'search-name',
    text: `SELECT ${columns} FROM patient
           WHERE clinic_id = $1
             AND (corium_fold(given_name) LIKE corium_fold($2) OR corium_fold(family_name) LIKE corium_fold($2))
           ORDER BY family_name, given_name, id LIMIT $3`,
    values: [clinicId, `${request.query.name}%`, Number(request.query.count ?? 20)],
  });
  return rows;
});

// A practitioner's appointments in a time range, as Corium's `practitioner` + `date` search finds them.
app.get('/appointment', async (request) => {
  const { rows } = await pool.query({
    name: 'search-appointments',
    text: `SELECT a.id, a.patient_id, a.location_id, a.status, a.starts_at, a.ends_at FROM appointment a
           WHERE a.clinic_id = $1 AND a.starts_at >= $2 AND a.starts_at < $3
             AND EXISTS (SELECT 1 FROM appointment_resource ar
                         WHERE ar.appointment_id = a.id AND ar.practitioner_id = $4)
           ORDER BY a.starts_at, a.id LIMIT $5`,
    values: [clinicId, request.query.from, request.query.until, request.query.practitioner, 20],
  });
  return rows;
});

const stop = () =>
  app
    .close()
    .then(() => pool.end())
    .then(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
