import type { PatientScreening } from '@corium/contracts';
import { SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { calendarDate, clinicDateTime } from '../../lib/clinic-time';
import { useCurrentUser } from '../auth/session';
import { DetailList } from '../../ui/DetailList';
import { DepthCapsTable } from './DepthCapsTable';
import { FindingCard } from './FindingCard';
import { StatusBanner } from './LevelBadge';
import { depthText, modalityWords, occasionWords, zoneWords } from './screening-words';

function firstSessionText(isFirstSession: boolean | null): string {
  if (isFirstSession === null) return 'Not said (screened as a first session)';
  return isFirstSession ? 'Yes' : 'No';
}

function attestationText(attestation: PatientScreening['attestation']): string | null {
  if (!attestation) return null;
  const who = attestation.attestedBy === 'patient' ? 'The patient' : 'The practitioner';
  return attestation.changed
    ? `${who} reported changes; they were recorded as a new version of the history.`
    : `${who} confirmed nothing had changed since the last visit.`;
}

/** The plan that was screened, and what it was screened with: who, when, which history and rules. */
function ScreeningFacts({ screening }: { screening: PatientScreening }) {
  const { timeZone } = useCurrentUser().clinic;
  const plan = screening.plannedTreatment;
  const attestation = attestationText(screening.attestation);
  const screenedBy = screening.createdBy ? ` by ${screening.createdBy.displayName}` : '';
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
      <DetailList
        details={[
          { term: 'Treatment date', value: calendarDate(plan.date) },
          { term: 'Modality', value: modalityWords[plan.modality] },
          { term: 'Zones', value: plan.zones.map((zone) => zoneWords[zone]).join(', ') },
          { term: 'Deepest planned depth', value: depthText(plan.maxDepthMm) },
          { term: 'First session of the course', value: firstSessionText(screening.isFirstSession) },
        ]}
      />
      <DetailList
        details={[
          {
            term: 'Screened',
            value: `${occasionWords[screening.occasion]}, ${clinicDateTime(screening.createdAt, timeZone)}${screenedBy}`,
          },
          {
            term: 'Medical history screened',
            value:
              screening.historyVersion === null ? 'None recorded yet' : `Version ${screening.historyVersion}`,
          },
          { term: 'Rule set', value: screening.result.ruleSetVersion },
          ...(attestation ? [{ term: 'Anything changed?', value: attestation }] : []),
        ]}
      />
    </SimpleGrid>
  );
}

interface ScreeningViewProps {
  patientId: string;
  screening: PatientScreening;
  /** The level of the section headings: 3 under the latest screening's heading, 4 inside the earlier list. */
  headingOrder: 3 | 4;
  onChanged: (screening: PatientScreening, announcement: string) => void;
}

/** One screening in full: what it allows, the plan, every finding and the depth limits. */
export function ScreeningView({ patientId, screening, headingOrder, onChanged }: ScreeningViewProps) {
  const { findings } = screening.result;
  return (
    <Stack gap="lg">
      <StatusBanner status={screening.status} />
      <ScreeningFacts screening={screening} />
      <Stack gap="sm">
        <Title order={headingOrder}>Findings ({findings.length})</Title>
        {findings.length === 0 ? (
          <Text>No findings: nothing in the medical history stands in the way of this plan.</Text>
        ) : (
          findings.map((finding) => (
            <FindingCard
              key={finding.ruleId}
              patientId={patientId}
              screening={screening}
              finding={finding}
              headingOrder={headingOrder === 3 ? 4 : 5}
              onChanged={onChanged}
            />
          ))
        )}
      </Stack>
      <Stack gap="sm">
        <Title order={headingOrder}>Depth limits by zone</Title>
        <DepthCapsTable screening={screening} />
      </Stack>
    </Stack>
  );
}
