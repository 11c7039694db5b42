import { useForm } from '@mantine/form';
import { clinicDay } from '../../lib/clinic-time';
import { may } from '../auth/roles';
import { useCurrentUser } from '../auth/session';
import { useFormProblem } from '../../ui/use-form-problem';
import { patientFields, validatePatient, type PatientValues } from './patient-form';

/**
 * The patient form's state, for registering and for editing alike. Clinical fields are part of
 * it only for clinical roles, who alone may set them.
 */
export function usePatientForm(initialValues: PatientValues, onValuesChange?: () => void) {
  const { user, clinic } = useCurrentUser();
  const clinical = may(user.role, 'recordClinicalDetails');
  // The clinic's day, not the device's: a tablet set to another zone must not move "today".
  const today = () => clinicDay(new Date(), clinic.timeZone);
  const form = useForm<PatientValues>({
    initialValues,
    validate: (values) => validatePatient(values, clinical, today()),
    onValuesChange,
  });
  const problem = useFormProblem(form, patientFields);
  return { form, problem, clinical, today: today() };
}
