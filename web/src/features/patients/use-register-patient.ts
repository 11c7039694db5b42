import { useState } from 'react';
import { possibleDuplicates, type PatientSummary } from '@corium/contracts';
import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router-dom';
import { api, isApiError } from '../../lib/api';
import { patientName } from '../patient-record/ContactDetails';
import { emptyPatient, toPatientInput, type PatientValues } from './patient-form';
import { usePatientForm } from './use-patient-form';

/** The patients a `CONFLICT` answer names as maybe the same person; null for any other failure. */
function duplicatesIn(error: unknown): PatientSummary[] | null {
  if (!isApiError(error, 'CONFLICT')) return null;
  const parsed = possibleDuplicates.safeParse(error.details);
  return parsed.success && parsed.data.possibleDuplicates.length > 0 ? parsed.data.possibleDuplicates : null;
}

/**
 * Registers a patient from the form. When the server finds someone who may be the same person,
 * the candidates are offered, and the same details can be sent again as a new patient.
 */
export function useRegisterPatient() {
  const navigate = useNavigate();
  const [duplicates, setDuplicates] = useState<PatientSummary[] | null>(null);
  const [confirming, setConfirming] = useState(false);
  // The warning is about the details as they were sent; once they change, it no longer applies.
  const patientForm = usePatientForm(emptyPatient, () => setDuplicates(null));
  const { form, problem, clinical } = patientForm;

  async function register(values: PatientValues, confirmNotDuplicate: boolean) {
    problem.clear();
    try {
      const patient = await api.registerPatient({ ...toPatientInput(values, clinical), confirmNotDuplicate });
      notifications.show({ color: 'corium', message: `${patientName(patient)} is registered.` });
      void navigate(`/staff/patients/${patient.id}`);
    } catch (error) {
      const candidates = duplicatesIn(error);
      setDuplicates(candidates);
      if (candidates === null) problem.fail(error);
    }
  }

  async function registerAsNew() {
    setConfirming(true);
    await register(form.getValues(), true);
    setConfirming(false);
  }

  return {
    ...patientForm,
    duplicates,
    confirming,
    submit: (values: PatientValues) => register(values, false),
    registerAsNew,
  };
}
