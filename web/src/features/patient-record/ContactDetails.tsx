import type { PatientSummary } from '@corium/contracts';
import { calendarDate } from '../../lib/clinic-time';
import { DetailList } from '../../ui/DetailList';

const sexWords: Record<PatientSummary['sex'], string> = {
  female: 'Female',
  male: 'Male',
  other: 'Other',
  unknown: 'Not recorded',
};

/** "en" → "English", in the reader's own language; a code the browser does not know stays a code. */
function languageName(code: string): string {
  try {
    return new Intl.DisplayNames(undefined, { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function patientName(patient: PatientSummary): string {
  return `${patient.givenName} ${patient.familyName}`;
}

export function ContactDetails({ patient }: { patient: PatientSummary }) {
  return (
    <DetailList
      details={[
        { term: 'Name', value: patientName(patient) },
        { term: 'Date of birth', value: calendarDate(patient.dateOfBirth) },
        { term: 'Sex', value: sexWords[patient.sex] },
        { term: 'Phone', value: patient.phone ?? '—' },
        { term: 'E-mail', value: patient.email ?? '—' },
        { term: 'Preferred language', value: languageName(patient.preferredLanguage) },
      ]}
    />
  );
}
