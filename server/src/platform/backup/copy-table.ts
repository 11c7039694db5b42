import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import type { TableInfo } from './table-catalog';

/**
 * Table data travels as PostgreSQL's own COPY text format: every type (bytea, jsonb, arrays,
 * timestamptz to the microsecond, numeric) is written by the server and read back by the server,
 * with nothing converted through JavaScript values on the way. The settings below fix the few
 * things that format depends on, so PostgreSQL 15 and 18 write the same bytes for the same rows.
 * COPY text is the same across server versions; COPY binary is not promised to be.
 */
export const COPY_SETTINGS = [
  "SET LOCAL client_encoding = 'UTF8'",
  "SET LOCAL DateStyle = 'ISO, YMD'",
  "SET LOCAL IntervalStyle = 'postgres'",
  "SET LOCAL TimeZone = 'UTC'",
  "SET LOCAL bytea_output = 'hex'",
  'SET LOCAL extra_float_digits = 3',
  'SET LOCAL standard_conforming_strings = on',
];

export type TableShape = Pick<TableInfo, 'name' | 'columns' | 'orderBy'>;

export const quoteIdent = (name: string): string => `"${name.replaceAll('"', '""')}"`;
const qualified = (name: string) => `public.${quoteIdent(name)}`;
const NEWLINE = 0x0a;

/** Rows come out in primary-key order (text keys byte-wise), so equal content hashes equal. */
export function copyOutSql(table: TableShape): string {
  const columns = table.columns.map(quoteIdent).join(', ');
  const order = table.orderBy.map((k) => `${quoteIdent(k.column)}${k.collatable ? ' COLLATE "C"' : ''}`);
  return `COPY (SELECT ${columns} FROM ${qualified(table.name)}${
    order.length ? ` ORDER BY ${order.join(', ')}` : ''
  }) TO STDOUT`;
}

export const copyInSql = (table: TableShape): string =>
  `COPY ${qualified(table.name)} (${table.columns.map(quoteIdent).join(', ')}) FROM STDIN`;

/** A table's rows as COPY text; `rows` counts lines (COPY escapes newlines inside values). */
export async function* copyOut(
  client: pg.ClientBase,
  table: TableShape,
  tally: { rows: number },
): AsyncGenerator<Buffer> {
  const stream = client.query(copyTo(copyOutSql(table)));
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    for (let at = chunk.indexOf(NEWLINE); at !== -1; at = chunk.indexOf(NEWLINE, at + 1)) tally.rows++;
    yield chunk;
  }
}

/** Streams COPY text into a table; returns the row count PostgreSQL reports. */
export async function copyIn(
  client: pg.ClientBase,
  table: TableShape,
  chunks: AsyncIterable<Buffer>,
): Promise<number> {
  const stream = client.query(copyFrom(copyInSql(table)));
  await pipeline(Readable.from(chunks, { objectMode: false }), stream);
  return stream.rowCount;
}

/** Row count and SHA-256 of a table as COPY writes it now. */
export async function tableDigest(
  client: pg.ClientBase,
  table: TableShape,
): Promise<{ rows: number; sha256: string }> {
  const hash = createHash('sha256');
  const tally = { rows: 0 };
  for await (const chunk of copyOut(client, table, tally)) hash.update(chunk);
  return { rows: tally.rows, sha256: hash.digest('hex') };
}
