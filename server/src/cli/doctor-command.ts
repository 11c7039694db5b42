import pino from 'pino';
import { runDoctor } from '../platform/doctor/doctor';
import { formatFinding, hasFailure } from '../platform/doctor/finding';
import { coriumVersion } from '../platform/version';
import { UsageError } from './usage-error';

/** `corium doctor`: one line per check; exit status 1 when any check fails. */
export async function doctorCommand(args: string[]): Promise<void> {
  if (args.length) throw new UsageError('doctor takes no arguments');
  const findings = await runDoctor(process.env, {
    version: coriumVersion,
    now: new Date(),
    // The embedded database's own start/stop messages would drown the findings.
    log: pino({ level: 'silent' }),
  });
  for (const finding of findings) console.log(formatFinding(finding));
  const failed = findings.filter((f) => f.level === 'fail').length;
  const warned = findings.filter((f) => f.level === 'warn').length;
  console.log(`\n${findings.length} checks: ${failed} failed, ${warned} warnings.`);
  if (hasFailure(findings)) process.exitCode = 1;
}
