import type { AdverseEvent } from '@corium/contracts';
import { addDays, wallClockOf } from '../../booking/wall-clock';
import { adverseEventTermLabels } from './adverse-event-terms';
import type { AdverseEventRow, devicesByIds, lotsOfEvents } from './adverse-events.repo';

type LotRow = Awaited<ReturnType<typeof lotsOfEvents>>[number];
type DeviceRow = Awaited<ReturnType<typeof devicesByIds>>[number];

const lotLink = (l: LotRow) => ({
  lotId: l.lot_id,
  product: l.product,
  manufacturer: l.manufacturer,
  lotNumber: l.lot_number,
  expiresOn: l.expires_on,
});

/** Row → DTO: the onset date is the treatment day (clinic's calendar) plus the onset day. */
export function toAdverseEvent(row: AdverseEventRow, lots: LotRow[], devices: DeviceRow[]): AdverseEvent {
  const own = lots.filter((l) => l.adverse_event_id === row.id);
  const device = devices.find((d) => d.id === row.device_id);
  return {
    id: row.id,
    patientId: row.patient_id,
    sessionId: row.session_id,
    alertId: row.alert_id,
    term: row.term as AdverseEvent['term'],
    termLabel:
      row.term === 'other'
        ? (row.term_other ?? 'Other')
        : adverseEventTermLabels[row.term as AdverseEvent['term']],
    termOther: row.term_other,
    description: row.description,
    onsetDay: row.onset_day,
    onsetDate: addDays(wallClockOf(row.started_at, row.time_zone).date, row.onset_day),
    severityGrade: row.severity_grade,
    serious: row.seriousness.length > 0,
    seriousness: row.seriousness as AdverseEvent['seriousness'],
    treatmentGiven: row.treatment_given,
    outcome: row.outcome as AdverseEvent['outcome'],
    causality: row.causality as AdverseEvent['causality'],
    device: device ? { id: device.id, kind: device.kind, model: device.model, serial: device.serial } : null,
    cartridgeLots: own.filter((l) => l.role === 'cartridge').map(lotLink),
    topicalLots: own.filter((l) => l.role === 'topical').map(lotLink),
    recordedAt: row.recorded_at.toISOString(),
    recordedBy: { id: row.recorded_by, name: row.recorded_by_name },
  };
}
