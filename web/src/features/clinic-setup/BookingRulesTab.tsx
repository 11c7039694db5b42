import { useCallback, useState } from 'react';
import { Button, Checkbox, NumberInput, Stack, Text, Title } from '@mantine/core';
import {
  bookingPolicyRequest,
  CANCEL_NOTICE_HOURS,
  OFFER_MINUTES,
  type BookingPolicy,
} from '@corium/contracts';
import { clinicDateTime } from '../../lib/clinic-time';
import { useCurrentUser } from '../auth/session';
import { FormProblem } from '../../ui/FormProblem';
import { LoadProblem } from '../../ui/LoadProblem';
import { SectionLoader } from '../../ui/SectionLoader';
import { useResource } from '../../ui/use-resource';
import { setupApi } from './clinic-setup-api';
import { hoursInWords, minutesInWords } from './setup-words';
import { useSave } from './use-save';

/** What the portal lets patients do themselves, and how long a waitlist offer stays open. */
export function BookingRulesTab() {
  const load = useCallback(() => setupApi.loadBookingPolicy(), []);
  const { resource, reload } = useResource(load);
  if (resource.status === 'loading') return <SectionLoader label="Loading the booking rules…" />;
  if (resource.status === 'failed')
    return (
      <LoadProblem title="The booking rules could not be loaded" error={resource.error} onRetry={reload} />
    );
  return <BookingRulesForm saved={resource.data} />;
}

/** A number field as typed: NumberInput gives a string while it is cleared or half-typed. */
type Typed = number | string;

/** The rules being edited, checked by the contract's own schema before they are sent. */
function useBookingRules(saved: BookingPolicy) {
  const [policy, setPolicy] = useState(saved);
  const [notice, setNotice] = useState<Typed>(saved.cancelNoticeHours);
  const [consultationFirst, setConsultationFirst] = useState(saved.consultationFirst);
  const [offer, setOffer] = useState<Typed>(saved.offerMinutes);
  const [savedNow, setSavedNow] = useState(false);
  const status = useSave();
  const edit =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setSavedNow(false);
    };

  async function submit() {
    const body = { cancelNoticeHours: notice, consultationFirst, offerMinutes: offer };
    const checked = bookingPolicyRequest.safeParse(body);
    if (!checked.success) {
      const fields = Object.fromEntries(checked.error.issues.map((i) => [i.path.join('.'), i.message]));
      status.refuse('Some rules need a look: see the fields marked below.', fields);
      return;
    }
    let answer: BookingPolicy | null = null;
    const ok = await status.save(async () => (answer = await setupApi.saveBookingPolicy(checked.data)));
    if (answer) setPolicy(answer);
    setSavedNow(ok);
  }

  return {
    ...{ policy, notice, consultationFirst, offer, savedNow, status, submit },
    setNotice: edit(setNotice),
    setConsultationFirst: edit(setConsultationFirst),
    setOffer: edit(setOffer),
  };
}
type BookingRules = ReturnType<typeof useBookingRules>;

function BookingRulesForm({ saved }: { saved: BookingPolicy }) {
  const rules = useBookingRules(saved);
  const { status } = rules;
  return (
    <form aria-labelledby="booking-rules" onSubmit={(e) => (e.preventDefault(), void rules.submit())}>
      <Stack gap="md" maw={720}>
        <div>
          <Title order={2} id="booking-rules">
            Booking rules
          </Title>
          <Text c="dimmed">
            What patients may do themselves in the portal, and how the waitlist offers freed times.
          </Text>
        </div>
        <RuleFields rules={rules} />
        <LastChanged policy={rules.policy} />
        <FormProblem message={status.problem} />
        <div>
          <Button type="submit" loading={status.busy}>
            Save booking rules
          </Button>
        </div>
        {rules.savedNow && (
          <Text role="status">Saved. The portal and the waitlist follow these rules from now on.</Text>
        )}
      </Stack>
    </form>
  );
}

function RuleFields({ rules }: { rules: BookingRules }) {
  const { fields } = rules.status;
  return (
    <>
      <NumberInput
        label="Notice for cancelling or moving in the portal (hours)"
        description={noticeWords(rules.notice)}
        min={CANCEL_NOTICE_HOURS.min}
        max={CANCEL_NOTICE_HOURS.max}
        allowDecimal={false}
        value={rules.notice}
        onChange={rules.setNotice}
        error={fields.cancelNoticeHours}
        w={520}
      />
      <Checkbox
        label="A new patient’s first visit is a consultation"
        description="In the portal, a patient with no consultation, treatment or planned course here books a consultation before any treatment."
        checked={rules.consultationFirst}
        onChange={(e) => rules.setConsultationFirst(e.currentTarget.checked)}
        error={fields.consultationFirst}
      />
      <NumberInput
        label="How long a waitlist offer stays open (minutes)"
        description={offerWords(rules.offer)}
        min={OFFER_MINUTES.min}
        max={OFFER_MINUTES.max}
        allowDecimal={false}
        value={rules.offer}
        onChange={rules.setOffer}
        error={fields.offerMinutes}
        w={520}
      />
    </>
  );
}

const noticeWords = (hours: Typed): string =>
  typeof hours === 'number'
    ? `Patients can cancel or move a visit in the portal up to ${hoursInWords(hours)} before it; later, they phone the clinic.`
    : `Whole hours, ${CANCEL_NOTICE_HOURS.min}–${CANCEL_NOTICE_HOURS.max}.`;

const offerWords = (minutes: Typed): string =>
  typeof minutes === 'number'
    ? `A waitlist offer stays open for ${minutesInWords(minutes)} before the next patient is asked.`
    : `Whole minutes, ${OFFER_MINUTES.min}–${OFFER_MINUTES.max}.`;

function LastChanged({ policy }: { policy: BookingPolicy }) {
  const { timeZone } = useCurrentUser().clinic;
  if (!policy.updatedAt)
    return <Text size="sm">These are Corium’s defaults: no one has changed them yet.</Text>;
  const when = clinicDateTime(policy.updatedAt, timeZone);
  return (
    <Text size="sm">
      Last changed by {policy.updatedBy?.displayName ?? 'someone no longer on the team'} on{' '}
      <time dateTime={policy.updatedAt}>{when}</time>.
    </Text>
  );
}
