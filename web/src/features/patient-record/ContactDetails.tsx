import type { PatientSummary } from '@corium/contracts';
import { calendarDate } from '../../lib/clinic-time';
import { DetailList } from '../../ui/DetailList';
import { Lines } from '../../ui/Lines';
import { languageName } from './languages';
import { sexWords } from './patient-words';

export function patientName(patient: PatientSummary): string {
  return `${patient.givenName} ${patient.familyName}`;
}

interface ContactDetailsProps {
  patient: PatientSummary;
  /** Given only where the full record is shown; the portal's summary has no address. */
  address?: string | null;
}

export function ContactDetails({ patient, address }: ContactDetailsProps) {
  return (
    <DetailList
      details={[
        { term: 'Name', value: patientName(patient) },
        { term: 'Date of birth', value: calendarDate(patient.dateOfBirth) },
        { term: 'Sex', value: sexWords[patient.sex] },
        { term: 'Phone', value: patient.phone ?? '—' },
        { term: 'E-mail', value: patient.email ?? '—' },
        { term: 'Preferred language', value: languageName(patient.preferredLanguage) },
        ...(address === undefined
          ? []
          : [{ term: 'Address', value: address ? <Lines text={address} /> : '—' }]),
      ]}
    />
  );
}
