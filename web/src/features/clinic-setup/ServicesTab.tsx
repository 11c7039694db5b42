import { useState } from 'react';
import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { BookingService } from '@corium/contracts';
import { draftOf, newDraft } from './service-draft';
import { ServiceEditor } from './ServiceEditor';
import { VisitTimeline } from './VisitTimeline';

interface ServicesTabProps {
  services: BookingService[];
  onChanged: () => void;
}

/** What can be booked, each visit drawn step by step; one service edited at a time. */
export function ServicesTab({ services, onChanged }: ServicesTabProps) {
  const [editing, setEditing] = useState<string | null>(null);
  const done = () => {
    setEditing(null);
    onChanged();
  };
  if (editing !== null) {
    const service = services.find((s) => s.id === editing) ?? null;
    return (
      <ServiceEditor
        service={service}
        initial={service ? draftOf(service) : newDraft()}
        onSaved={done}
        onCancel={() => setEditing(null)}
      />
    );
  }
  return (
    <Stack gap="md">
      {services.map((service) => (
        <ServiceCard key={service.id} service={service} onChange={() => setEditing(service.id)} />
      ))}
      <Button
        w="fit-content"
        leftSection={<IconPlus size={16} aria-hidden="true" />}
        onClick={() => setEditing('new')}
      >
        New service
      </Button>
    </Stack>
  );
}

function ServiceCard({ service, onChange }: { service: BookingService; onChange: () => void }) {
  return (
    <Card withBorder component="section" aria-labelledby={`service-${service.id}`}>
      <Group justify="space-between" mb="xs">
        <Group gap="sm">
          <Title order={3} size="h4" id={`service-${service.id}`}>
            {service.name}
          </Title>
          <Badge variant="light" color={service.active ? 'teal' : 'gray'}>
            {service.active ? 'Offered' : 'Not offered'}
          </Badge>
        </Group>
        <Button variant="light" onClick={onChange} aria-label={`Change ${service.name}`}>
          Change
        </Button>
      </Group>
      <Text size="sm" c="dimmed" mb="xs">
        {service.durationMinutes} minutes in all
      </Text>
      <VisitTimeline
        roles={service.roles}
        segments={service.segments}
        label={`${service.name}, step by step`}
      />
    </Card>
  );
}
