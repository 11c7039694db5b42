/** One line of `corium doctor`: how it stands and, unless ok, what to do about it. */
export interface Finding {
  level: 'ok' | 'warn' | 'fail';
  check: string;
  message: string;
  fix?: string;
}

const LABEL: Record<Finding['level'], string> = { ok: 'ok  ', warn: 'warn', fail: 'FAIL' };

/** e.g. `FAIL  disk space: 310 MB free on /srv — free space or move DATA_DIR to a bigger disk` */
export function formatFinding(finding: Finding): string {
  const fix = finding.fix ? ` — ${finding.fix}` : '';
  return `${LABEL[finding.level]}  ${finding.check}: ${finding.message}${fix}`;
}

export const hasFailure = (findings: readonly Finding[]): boolean => findings.some((f) => f.level === 'fail');
