import type { PatientRecord } from '@corium/contracts';
import { Modal } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { api } from '../../lib/api';
import { patientName } from '../patient-record/ContactDetails';
import { patientChanges, valuesFromRecord, type PatientValues } from './patient-form';
import { PatientForm } from './PatientForm';
import { usePatientForm } from './use-patient-form';

/** Mounted only while open, so each edit starts from the record as it is now. */
interface EditPatientModalProps {
  patient: PatientRecord;
  onClose: () => void;
  onSaved: (patient: PatientRecord) => void;
}

function usePatientEdit({ patient, onClose, onSaved }: EditPatientModalProps) {
  const patientForm = usePatientForm(valuesFromRecord(patient));
  const { problem, clinical } = patientForm;

  async function save(values: PatientValues) {
    problem.clear();
    const changes = patientChanges(patient, values, clinical);
    // An empty change would still be logged as an edit of the record.
    if (Object.keys(changes).length === 0) {
      notifications.show({ color: 'corium', message: 'Nothing was changed.' });
      onClose();
      return;
    }
    try {
      const saved = await api.updatePatient(patient.id, changes);
      onSaved(saved);
      notifications.show({ color: 'corium', message: `${patientName(saved)}’s details are saved.` });
      onClose();
    } catch (error) {
      problem.fail(error);
    }
  }

  return { ...patientForm, save };
}

export function EditPatientModal(props: EditPatientModalProps) {
  const edit = usePatientEdit(props);
  // A long form reads better on the whole screen of a phone.
  const phone = useMediaQuery('(max-width: 36em)');

  return (
    <Modal
      opened
      onClose={props.onClose}
      title={`Edit ${patientName(props.patient)}`}
      size="xl"
      fullScreen={phone}
      // A stray tap beside the dialog on a tablet must not throw away a half-done edit.
      closeOnClickOutside={false}
    >
      <PatientForm
        form={edit.form}
        clinical={edit.clinical}
        today={edit.today}
        submitLabel="Save changes"
        formMessage={edit.problem.formMessage}
        problemTitle="The changes were not saved"
        onSubmit={edit.save}
        onCancel={props.onClose}
      />
    </Modal>
  );
}
