import type { ReactNode } from 'react';
import type { PatientRecord } from '@corium/contracts';
import { Badge, Card, Group, SimpleGrid, Text, Title } from '@mantine/core';
import { ContactDetails } from '../patient-record/ContactDetails';
import { concernWords, fitzpatrickWords, inConcernOrder } from '../patient-record/patient-words';
import { DetailList } from '../../ui/DetailList';
import { Lines } from '../../ui/Lines';

function DetailCard({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb="md">
        {title}
      </Title>
      {children}
    </Card>
  );
}

function EmergencyContact({ contact }: { contact: PatientRecord['emergencyContact'] }) {
  if (contact === null) return <Text>None recorded.</Text>;
  return (
    <DetailList
      details={[
        { term: 'Name', value: contact.name },
        { term: 'Phone', value: contact.phone },
        { term: 'Relationship', value: contact.relationship ?? '—' },
      ]}
    />
  );
}

function Concerns({ concerns }: { concerns: PatientRecord['concerns'] }) {
  if (concerns.length === 0) return <Text>None recorded.</Text>;
  return (
    <Group component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
      {inConcernOrder(concerns).map((concern) => (
        // Outline keeps the words at 4.5:1; sentence case reads more easily than capitals.
        <Badge
          key={concern}
          component="li"
          variant="outline"
          color="corium.8"
          radius="sm"
          size="lg"
          tt="none"
        >
          {concernWords[concern]}
        </Badge>
      ))}
    </Group>
  );
}

function Clinical({ clinical }: { clinical: NonNullable<PatientRecord['clinical']> }) {
  return (
    <DetailList
      details={[
        { term: 'Fitzpatrick skin type', value: fitzpatrickWords(clinical.fitzpatrickType) },
        { term: 'Clinical notes', value: clinical.notes ? <Lines text={clinical.notes} /> : '—' },
      ]}
    />
  );
}

/** The record's details; the clinical card appears only when the server sent clinical data. */
export function PatientDetails({ patient }: { patient: PatientRecord }) {
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <DetailCard id="contact-heading" title="Contact details">
        <ContactDetails patient={patient} address={patient.address} />
      </DetailCard>
      <DetailCard id="emergency-contact-heading" title="Emergency contact">
        <EmergencyContact contact={patient.emergencyContact} />
      </DetailCard>
      <DetailCard id="concerns-heading" title="Concerns">
        <Concerns concerns={patient.concerns} />
      </DetailCard>
      {patient.clinical && (
        <DetailCard id="clinical-heading" title="Clinical">
          <Clinical clinical={patient.clinical} />
        </DetailCard>
      )}
    </SimpleGrid>
  );
}
