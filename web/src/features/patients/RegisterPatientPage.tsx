import { Anchor, Card, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { Link, useNavigate } from 'react-router-dom';
import { usePageTitle } from '../../ui/page-title';
import { PatientForm } from './PatientForm';
import { PossibleDuplicates } from './PossibleDuplicates';
import { useRegisterPatient } from './use-register-patient';

export function RegisterPatientPage() {
  usePageTitle('Register patient');
  const navigate = useNavigate();
  const registration = useRegisterPatient();
  const { duplicates } = registration;

  return (
    <Stack gap="lg" maw={880}>
      <Anchor component={Link} to="/staff/patients" display="inline-flex" py={10} style={{ gap: 6 }}>
        <IconArrowLeft size={18} aria-hidden="true" />
        Patients
      </Anchor>
      <Stack gap={4}>
        <Title order={1}>Register patient</Title>
        <Text c="dimmed">
          Before adding the patient, Corium checks whether they may already be registered.
        </Text>
      </Stack>
      <Card component="section" aria-label="New patient" p={{ base: 'md', sm: 'xl' }}>
        <PatientForm
          form={registration.form}
          clinical={registration.clinical}
          today={registration.today}
          submitLabel="Register patient"
          formMessage={registration.problem.formMessage}
          problemTitle="The patient was not registered"
          onSubmit={registration.submit}
          onCancel={() => void navigate('/staff/patients')}
        >
          {duplicates && (
            <PossibleDuplicates
              patients={duplicates}
              confirming={registration.confirming}
              onRegisterAsNew={() => void registration.registerAsNew()}
            />
          )}
        </PatientForm>
      </Card>
    </Stack>
  );
}
