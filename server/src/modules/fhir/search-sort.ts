import { appointmentSorts, seriesSorts } from './fhir-booking.repo';
import { consentSorts } from './fhir-consent.repo';
import { placeSorts, practitionerSorts } from './fhir-directory.repo';
import { patientSorts } from './fhir-patients.repo';
import type { SortColumns } from './search-filters.repo';

/**
 * The `_sort` allow-list of each resource type: the names its repo maps to a fixed column. A type
 * missing here cannot be sorted (derived resources have no column of their own to sort by).
 */
const sortsByType: Readonly<Record<string, SortColumns>> = {
  Patient: patientSorts,
  Practitioner: practitionerSorts,
  Location: placeSorts,
  Appointment: appointmentSorts,
  CarePlan: seriesSorts,
  Consent: consentSorts,
};

export const sortNamesOf = (type: string): readonly string[] => Object.keys(sortsByType[type] ?? {});
