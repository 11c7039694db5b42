import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Where a Corium start spends its time, in milliseconds after the spawn, from two logs:
 * PostgreSQL's (DATA_DIR/postgres.log, "2026-11-25 17:54:15.799 UTC [pid] LOG: …") and
 * Corium's own JSON lines (pino's `time` is epoch milliseconds; needs LOG_LEVEL=info).
 */
export interface StartPhases {
  /** The postmaster logs its first line: Node has booted, loaded the bundle, taken the lock. */
  postgresSpawned?: number;
  /** PostgreSQL has replayed its log and accepts connections. */
  postgresAccepting?: number;
  /** Corium has noticed (it polls every 100 ms) and checked its database exists. */
  postgresStarted?: number;
  /** Migrations checked, the app built, the port bound. */
  listening?: number;
}

const coriumMilestones: [keyof StartPhases, (msg: string) => boolean][] = [
  ['postgresStarted', (msg) => msg === 'embedded PostgreSQL started'],
  ['listening', (msg) => msg.startsWith('Corium ') && msg.includes(' is ready at ')],
];

const postgresMilestones: [keyof StartPhases, string][] = [
  ['postgresSpawned', 'starting PostgreSQL'],
  ['postgresAccepting', 'database system is ready to accept connections'],
];

export function startPhases(coriumOutput: string, dataDir: string, spawnedAtEpochMs: number): StartPhases {
  const phases: StartPhases = {};
  for (const line of coriumOutput.split('\n')) {
    if (!line.startsWith('{')) continue;
    const entry = JSON.parse(line) as { time?: number; msg?: string };
    const found = coriumMilestones.find(
      ([name, test]) => phases[name] === undefined && test(entry.msg ?? ''),
    );
    if (found && entry.time) phases[found[0]] = entry.time - spawnedAtEpochMs;
  }
  let postgresLog = '';
  try {
    postgresLog = readFileSync(path.join(dataDir, 'postgres.log'), 'utf8');
  } catch {
    return phases;
  }
  for (const line of postgresLog.split('\n')) {
    const stamp = /^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d\.\d{3}) UTC/.exec(line);
    // The log keeps every earlier start; whole milliseconds, so allow one of rounding.
    const at = stamp ? Date.parse(`${stamp[1]}T${stamp[2]}Z`) - spawnedAtEpochMs : -1;
    if (at < -1) continue;
    const found = postgresMilestones.find(
      ([name, text]) => phases[name] === undefined && line.includes(text),
    );
    if (found) phases[found[0]] = at;
  }
  return phases;
}
