import { erasureRules, type ErasureLine, type PatientExport } from '@corium/contracts';

/** What erasure deletes (or takes back) and what it keeps, from the retention rules the server applies. */
export const erasureRulesByOutcome = (() => {
  const all = Object.values(erasureRules.categories);
  return {
    removed: all.filter((rule) => rule.outcome !== 'kept'),
    kept: all.filter((rule) => rule.outcome === 'kept'),
  };
})();

export const copyStatusLabels: Record<PatientExport['status'], string> = {
  preparing: 'Being prepared',
  ready: 'Ready to download',
  expired: 'Expired',
};

export const outcomeLabels: Record<ErasureLine['outcome'], string> = {
  deleted: 'Deleted',
  withdrawn: 'Withdrawn',
  kept: 'Kept',
};

/** `1 234 567` bytes → "1.2 MB"; small files in kB. */
export function fileSize(bytes: number): string {
  if (bytes < 1_000_000) return `${Math.max(1, Math.round(bytes / 1000))} kB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** "3 rows" for a count, "—" for what is kept. */
export const countText = (line: ErasureLine): string => (line.count === null ? '—' : `${line.count}`);
