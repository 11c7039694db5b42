/**
 * What a chart needs before it can be signed (issue 7): the pen, at least one treated zone, at
 * least one cartridge, and a removal time for every anaesthetic (its contact time is part of
 * the record). Pure: each missing item in words for the practitioner.
 */
export interface ChartForSigning {
  device: unknown;
  zones: readonly unknown[];
  cartridges: readonly unknown[];
  anaesthetics: readonly { removedAt: string | null }[];
}

export function missingForSigning(chart: ChartForSigning): string[] {
  const missing: string[] = [];
  if (!chart.device) missing.push('the pen used');
  if (chart.zones.length === 0) missing.push('at least one treated zone');
  if (chart.cartridges.length === 0) missing.push('the cartridge used');
  const unremoved = chart.anaesthetics.filter((a) => a.removedAt === null).length;
  if (unremoved > 0) missing.push(`when the anaesthetic came off (${unremoved} without a removal time)`);
  return missing;
}
