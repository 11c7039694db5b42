import { verifyAuditChains } from '../platform/audit/verify-chain';
import { UsageError } from './usage-error';
import type { WithRuntime } from './with-runtime';

/** `corium audit verify`: exit 0 when every chain holds, 2 naming the first broken link. */
export async function auditCommand(args: string[], withRuntime: WithRuntime): Promise<void> {
  if (args[0] !== 'verify') throw new UsageError('audit takes the subcommand "verify"');
  await withRuntime(process.env, async ({ deps }) => {
    const report = await verifyAuditChains(deps.db);
    if (!report.firstBroken) {
      console.log(`Audit log intact: ${report.checked} events verified.`);
      return;
    }
    const b = report.firstBroken;
    console.error(`Audit log BROKEN at event ${b.id} (chain ${b.chain}, number ${b.seq}): ${b.reason}.`);
    console.error(`${report.checked} events before it verified.`);
    process.exitCode = 2;
  });
}
