import type {
  AdjustmentReason,
  ConsumableKind,
  MaintenanceKind,
  MovementReason,
  StockWarning,
} from '@corium/contracts';

export const kindLabels: Record<ConsumableKind, string> = {
  cartridge: 'Cartridge',
  glide_medium: 'Glide medium',
  topical: 'Topical',
  anaesthetic: 'Anaesthetic',
  barrier_sleeve: 'Barrier sleeve',
  other: 'Other',
};

/** Badge words and colours; the badges pick black or white text by the colour (autoContrast). */
export const warningBadges: Record<StockWarning, { label: string; color: string }> = {
  recalled: { label: 'Recalled', color: 'red.9' },
  expired: { label: 'Expired', color: 'red.9' },
  near_expiry: { label: 'Expires soon', color: 'orange.9' },
  low_stock: { label: 'Low stock', color: 'yellow.9' },
};

export const movementLabels: Record<MovementReason, string> = {
  received: 'Received',
  used: 'Used in a session',
  used_corrected: 'Session entry corrected',
  damaged: 'Damaged',
  expired: 'Expired',
  returned: 'Returned to supplier',
  count_correction: 'Count correction',
  recalled: 'Recalled (taken out of stock)',
};

export const adjustmentLabels: Record<AdjustmentReason, string> = {
  damaged: 'Damaged',
  expired: 'Expired',
  returned: 'Returned to supplier',
  count_correction: 'Count correction',
};

export const careLabels: Record<MaintenanceKind, string> = {
  cleaning: 'Cleaning',
  inspection: 'Inspection',
  service: 'Service',
  repair: 'Repair',
};

export const optionsOf = <K extends string>(labels: Record<K, string>) =>
  (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));

/** "+30", "−2": a change in units as people write it. */
export const signed = (change: number): string => (change > 0 ? `+${change}` : `−${Math.abs(change)}`);
