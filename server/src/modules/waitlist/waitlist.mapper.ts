import type { WaitlistEntry, WaitlistOffer } from '@corium/contracts';
import type { EntryRow, OfferRow } from './waitlist.repo';

export function toWaitlistEntry(row: EntryRow): WaitlistEntry {
  return {
    id: row.id,
    patient: { id: row.patient_id, displayName: `${row.given_name} ${row.family_name}` },
    service: { id: row.service_id, name: row.service_name },
    location: { id: row.location_id, name: row.location_name },
    practitioner:
      row.practitioner_id && row.practitioner_name
        ? { id: row.practitioner_id, displayName: row.practitioner_name }
        : null,
    earliestDate: row.earliest_date,
    latestDate: row.latest_date,
    timeOfDay: row.time_of_day,
    status: row.status,
    createdAt: row.created_at.toISOString(),
    openOffer:
      row.offer_id && row.offer_start && row.offer_expires_at
        ? {
            id: row.offer_id,
            start: row.offer_start.toISOString(),
            expiresAt: row.offer_expires_at.toISOString(),
          }
        : null,
  };
}

export function toWaitlistOffer(row: OfferRow): WaitlistOffer {
  return {
    id: row.id,
    status: row.status,
    serviceName: row.service_name,
    locationName: row.location_name,
    timeZone: row.time_zone,
    start: row.starts_at.toISOString(),
    end: row.ends_at.toISOString(),
    practitionerName: row.practitioner_name,
    expiresAt: row.expires_at.toISOString(),
    appointmentId: row.appointment_id,
  };
}
