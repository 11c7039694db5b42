import { readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';

/**
 * A client on DATA_DIR's embedded PostgreSQL while Corium runs it, as an operator with access
 * to DATA_DIR could open one: the socket (or loopback port) from postmaster.pid, the password
 * from postgres.secret.
 */
export async function connectEmbedded(dataDir: string): Promise<pg.Client> {
  // postmaster.pid lines: pid, data directory, start time, port, socket directory, listen address, …
  const lines = readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n');
  const client = new pg.Client({
    host: lines[4] || lines[5] || '127.0.0.1',
    port: Number(lines[3]),
    user: 'postgres',
    database: 'corium',
    password: readFileSync(path.join(dataDir, 'postgres.secret'), 'utf8').trim(),
  });
  await client.connect();
  return client;
}

/**
 * `count` patients in one statement: names from short lists (with accents, as the search
 * expects), dates of birth spread over 55 years, unique e-mails. uuidv7() is PostgreSQL 18's,
 * the same kind of id the application makes.
 */
export async function insertPatients(client: pg.Client, clinicId: string, count: number): Promise<void> {
  await client.query(
    `INSERT INTO patient (id, clinic_id, given_name, family_name, date_of_birth, sex, email, phone)
     SELECT uuidv7(), $1,
            (ARRAY['Amelia','Oliver','Zoë','Mateo','Aisha','Noah','Chloé','Lucas','Fatima','Ethan'])[1 + i % 10],
            (ARRAY['Smith','Müller','Fernández','Nguyen','Okafor','Kowalski','Rossi','Dubois','Tanaka','Silva'])[1 + (i / 10) % 10],
            date '1950-01-01' + (i % 20000),
            (ARRAY['female','male','other','unknown'])[1 + i % 4],
            'patient' || i || '@bench.invalid',
            '+44 7700 ' || lpad((i % 1000000)::text, 6, '0')
     FROM generate_series(1, $2::int) AS i`,
    [clinicId, count],
  );
}
