import { id } from '@corium/contracts';
import { verifyConsentById } from '../modules/consent/consent-verification.service';
import { UsageError } from './usage-error';
import type { WithRuntime } from './with-runtime';

/**
 * `corium consent verify ID`: exit 0 when the stored PDF and text still hash to what was
 * recorded at signing, 2 naming what differs.
 */
export async function consentCommand(args: string[], withRuntime: WithRuntime): Promise<void> {
  const [sub, consentId, ...rest] = args;
  if (sub !== 'verify' || !consentId || rest.length > 0)
    throw new UsageError('consent takes the subcommand "verify" and one consent id');
  if (!id.safeParse(consentId).success) throw new UsageError(`"${consentId}" is not a consent id`);
  await withRuntime(process.env, async ({ deps }) => {
    const result = await verifyConsentById(deps, consentId);
    if (result.valid) {
      console.log(`Consent ${consentId} OK: the PDF and the signed text match their recorded SHA-256.`);
      return;
    }
    console.error(`Consent ${consentId} MISMATCH:`);
    if (result.actualSha256 !== result.recordedSha256)
      console.error(`  PDF SHA-256 is ${result.actualSha256}, recorded ${result.recordedSha256}`);
    if (!result.documentMatches)
      console.error(
        `  signed text SHA-256 is ${result.actualDocumentSha256}, recorded ${result.recordedDocumentSha256}`,
      );
    process.exitCode = 2;
  });
}
