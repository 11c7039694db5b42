import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';

/**
 * Reads one line from standard input. Piped input (`echo pw | corium create-user …`) is read
 * as is; on a terminal the typed characters are not echoed.
 */
export async function readSecret(prompt: string): Promise<string> {
  const onTerminal = process.stdin.isTTY === true;
  if (onTerminal) process.stderr.write(prompt);
  const silent = new Writable({ write: (_chunk, _encoding, done) => done() });
  const rl = createInterface({
    input: process.stdin,
    output: onTerminal ? silent : undefined,
    terminal: onTerminal,
  });
  try {
    for await (const line of rl) return line;
    return '';
  } finally {
    rl.close();
    if (onTerminal) process.stderr.write('\n');
  }
}
