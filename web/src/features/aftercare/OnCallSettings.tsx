import { useCallback, useState } from 'react';
import { alertLevels, type AftercareSettings, type AlertLevel } from '@corium/contracts';
import { Button, Group, MultiSelect, NumberInput, SimpleGrid, Stack, Text } from '@mantine/core';
import { describeError } from '../../lib/api';
import { FormProblem } from '../../ui/FormProblem';
import { LoadProblem } from '../../ui/LoadProblem';
import { SectionLoader } from '../../ui/SectionLoader';
import { useResource } from '../../ui/use-resource';
import { bookingApi } from '../appointments/booking-api';
import { triageLooks } from './aftercare-words';
import { aftercareApi } from './aftercare-api';

async function loadSettings() {
  const [settings, resources] = await Promise.all([aftercareApi.settings(), bookingApi.resources()]);
  // Everyone on call now stays choosable, even if they no longer see patients here.
  const people = new Map(resources.practitioners.map((p) => [p.id, p.displayName]));
  for (const person of settings.onCall) people.set(person.id, person.name);
  return { settings, people: [...people].map(([value, label]) => ({ value, label })) };
}

/** Who hears about every alert besides the treating practitioner, and how fast they must answer. */
export function OnCallSettings() {
  const load = useCallback(() => loadSettings(), []);
  const { resource, reload } = useResource(load);
  if (resource.status === 'loading') return <SectionLoader label="Loading the on-call list…" />;
  if (resource.status === 'failed') {
    return (
      <LoadProblem title="The on-call list could not be loaded" error={resource.error} onRetry={reload} />
    );
  }
  return <OnCallForm settings={resource.data.settings} people={resource.data.people} />;
}

interface OnCallFormProps {
  settings: AftercareSettings;
  people: { value: string; label: string }[];
}

function useSaveSettings() {
  const [status, setStatus] = useState<{ busy: boolean; saved: boolean; failure: string | null }>({
    busy: false,
    saved: false,
    failure: null,
  });
  async function save(onCallUserIds: string[], responseMinutes: AftercareSettings['responseMinutes']) {
    setStatus({ busy: true, saved: false, failure: null });
    try {
      await aftercareApi.saveSettings({ onCallUserIds, responseMinutes });
      setStatus({ busy: false, saved: true, failure: null });
    } catch (error) {
      setStatus({ busy: false, saved: false, failure: describeError(error) });
    }
  }
  return { status, save };
}

function OnCallForm({ settings, people }: OnCallFormProps) {
  const [onCall, setOnCall] = useState(settings.onCall.map((person) => person.id));
  const [minutes, setMinutes] = useState(settings.responseMinutes);
  const { status, save } = useSaveSettings();
  const setLevel = (level: AlertLevel, value: string | number) =>
    typeof value === 'number' && setMinutes((m) => ({ ...m, [level]: value }));
  return (
    <Stack gap="md">
      <MultiSelect
        label="On call"
        description="Practitioners and medical directors told about every alert, besides the treating practitioner"
        data={people}
        value={onCall}
        onChange={setOnCall}
        searchable
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        {[...alertLevels].reverse().map((level) => (
          <NumberInput
            key={level}
            label={`${triageLooks[level].label}: minutes to acknowledge`}
            min={5}
            max={10080}
            allowDecimal={false}
            value={minutes[level]}
            onChange={(value) => setLevel(level, value)}
          />
        ))}
      </SimpleGrid>
      <FormProblem message={status.failure} />
      <Group gap="sm">
        <Button loading={status.busy} onClick={() => void save(onCall, minutes)}>
          Save
        </Button>
        <Text role="status" size="sm">
          {status.saved ? 'Saved.' : ''}
        </Text>
      </Group>
    </Stack>
  );
}
