import { useRef, useState, type ReactNode, type Ref } from 'react';
import type { PatientScreening, ScreeningFinding, ScreeningOverride } from '@corium/contracts';
import { Alert, Box, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { IconBan, IconLock, IconSignature } from '@tabler/icons-react';
import { clinicDateTime } from '../../lib/clinic-time';
import { useCurrentUser } from '../auth/session';
import { LevelBadge } from './LevelBadge';
import { OverrideDialog } from './OverrideDialog';
import { levelLooks, levelMeaning } from './screening-words';

interface FindingCardProps {
  patientId: string;
  screening: PatientScreening;
  finding: ScreeningFinding;
  headingOrder: 4 | 5;
  onChanged: (screening: PatientScreening, announcement: string) => void;
}

function SignedOverride({
  override,
  focusRef,
}: {
  override: ScreeningOverride;
  focusRef: Ref<HTMLDivElement>;
}) {
  const { timeZone } = useCurrentUser().clinic;
  return (
    <Alert
      ref={focusRef}
      tabIndex={-1}
      variant="light"
      color="corium"
      icon={<IconSignature aria-hidden="true" />}
      title={`Override signed by ${override.signedBy.displayName}`}
      styles={{ title: { color: 'var(--mantine-color-black)' } }}
    >
      <Text size="sm">
        <time dateTime={override.signedAt}>{clinicDateTime(override.signedAt, timeZone)}</time>
      </Text>
      <Text mt={4}>“{override.reason}”</Text>
    </Alert>
  );
}

function Cannot({ children, icon }: { children: string; icon: ReactNode }) {
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start">
      <Box mt={2}>{icon}</Box>
      <Text fw={600}>{children}</Text>
    </Group>
  );
}

/** What can be done about the finding: signed, signable by this user, waiting for someone who can, or nothing. */
function OverrideArea({ patientId, screening, finding, onChanged }: FindingCardProps) {
  const { user } = useCurrentUser();
  const [signing, setSigning] = useState(false);
  const signedRef = useRef<HTMLDivElement>(null);
  const signed = screening.overrides.find((override) => override.ruleId === finding.ruleId);
  if (signed) return <SignedOverride override={signed} focusRef={signedRef} />;
  if (finding.level === 'block') {
    return (
      <Cannot icon={<IconBan size={20} aria-hidden="true" />}>
        Cannot be overridden — the treatment must wait.
      </Cannot>
    );
  }
  if (!screening.awaitingOverride.includes(finding.ruleId)) return null;
  if (!user.isPrescriber) {
    return (
      <Cannot icon={<IconLock size={20} aria-hidden="true" />}>Needs a prescriber’s signed override.</Cannot>
    );
  }
  return (
    <>
      <Button
        leftSection={<IconSignature size={18} aria-hidden="true" />}
        onClick={() => setSigning(true)}
        aria-label={`Sign override of ${finding.ruleId}`}
        style={{ alignSelf: 'flex-start' }}
      >
        Sign override
      </Button>
      {signing && (
        <OverrideDialog
          patientId={patientId}
          screening={screening}
          finding={finding}
          signerName={user.displayName}
          onClose={() => setSigning(false)}
          onSigned={(updated) => {
            setSigning(false);
            onChanged(updated, `Override of ${finding.ruleId} signed.`);
            // The button that opened the dialog is gone; the signature takes focus instead.
            requestAnimationFrame(() => signedRef.current?.focus());
          }}
        />
      )}
    </>
  );
}

/** One finding: its level, the rule and the reason for staff, what the patient is told, and the sources. */
export function FindingCard(props: FindingCardProps) {
  const { finding } = props;
  const headingId = `finding-${props.screening.id}-${finding.ruleId}`;
  return (
    <Card
      component="article"
      aria-labelledby={headingId}
      withBorder
      padding="lg"
      style={{ borderLeft: `6px solid ${colorOf(levelLooks[finding.level].color)}` }}
    >
      <Stack gap="sm">
        <Group gap="sm" wrap="wrap">
          <LevelBadge level={finding.level} />
          <Title order={props.headingOrder} id={headingId}>
            {finding.ruleId}
          </Title>
        </Group>
        <Text>{finding.reason}</Text>
        <Text size="sm" c="dimmed">
          {levelMeaning[finding.level]}
        </Text>
        <Box>
          <Text fw={600} size="sm">
            What the patient is told
          </Text>
          <Text fs="italic">{finding.patientMessage}</Text>
        </Box>
        <References references={finding.references} />
        <OverrideArea {...props} />
      </Stack>
    </Card>
  );
}

function References({ references }: { references: string[] }) {
  if (references.length === 0) return null;
  return (
    <Box>
      <Text fw={600} size="sm">
        References
      </Text>
      <List type="ordered" size="sm" spacing={4}>
        {references.map((reference) => (
          <List.Item key={reference}>{reference}</List.Item>
        ))}
      </List>
    </Box>
  );
}

/** `red.9` → its CSS variable; a hex colour stays as it is. */
function colorOf(color: string): string {
  const [name, shade] = color.split('.');
  return shade === undefined ? color : `var(--mantine-color-${name}-${shade})`;
}
