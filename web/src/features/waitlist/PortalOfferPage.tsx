import { useCallback, useState } from 'react';
import type { PatientRefusal, WaitlistOffer } from '@corium/contracts';
import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { describeError } from '../../lib/api';
import { FormProblem } from '../../ui/FormProblem';
import { LoadProblem } from '../../ui/LoadProblem';
import { usePageTitle } from '../../ui/page-title';
import { SectionLoader } from '../../ui/SectionLoader';
import { useResource } from '../../ui/use-resource';
import { refusalOf } from '../portal-booking/portal-booking-api';
import { RefusalNotice } from '../portal-booking/RefusalNotice';
import { visitWhen } from '../portal-booking/visit-words';
import { waitlistApi } from './waitlist-api';

/** A freed time offered from the waitlist, opened from the e-mail's link: take it or let it go. */
export function PortalOfferPage() {
  usePageTitle('A time has come free');
  const { offerId = '' } = useParams();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const load = useCallback(() => waitlistApi.offer(offerId, token), [offerId, token]);
  const { resource, reload } = useResource(load);
  const [answered, setAnswered] = useState<WaitlistOffer | null>(null);

  return (
    <Stack gap="lg">
      <Title order={1}>A time has come free</Title>
      {resource.status === 'loading' && <SectionLoader label="Loading the offer…" />}
      {resource.status === 'failed' && (
        <LoadProblem title="This offer could not be opened" error={resource.error} onRetry={reload} />
      )}
      {resource.status === 'ready' && (
        <OfferAnswer offer={answered ?? resource.data} token={token} onAnswered={setAnswered} />
      )}
    </Stack>
  );
}

interface OfferAnswerProps {
  offer: WaitlistOffer;
  token: string;
  onAnswered: (offer: WaitlistOffer) => void;
}

/** Accepts or declines; a refusal comes back patient-safe, anything else as a sentence. */
function useAnswer({ offer, token, onAnswered }: OfferAnswerProps) {
  const [busy, setBusy] = useState<'accept' | 'decline' | null>(null);
  const [refusal, setRefusal] = useState<PatientRefusal | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  async function answer(kind: 'accept' | 'decline') {
    setBusy(kind);
    setRefusal(null);
    setProblem(null);
    try {
      onAnswered(await (kind === 'accept' ? waitlistApi.accept : waitlistApi.decline)(offer.id, token));
    } catch (error) {
      const refused = refusalOf(error);
      if (refused) setRefusal(refused);
      else setProblem(describeError(error));
    } finally {
      setBusy(null);
    }
  }
  return { busy, refusal, problem, answer };
}

function OfferAnswer(props: OfferAnswerProps) {
  const { offer } = props;
  const { busy, refusal, problem, answer } = useAnswer(props);
  return (
    <Stack gap="md">
      <Card withBorder padding="md">
        <Text fw={700}>{offer.serviceName}</Text>
        <Text>{visitWhen(offer.start, offer.timeZone)}</Text>
        {offer.practitionerName && <Text>With {offer.practitionerName}</Text>}
        <Text c="dimmed">{offer.locationName}</Text>
      </Card>
      {refusal ? (
        <RefusalNotice refusal={refusal} timeZone={offer.timeZone} />
      ) : (
        <OfferOutcome offer={offer} />
      )}
      <FormProblem message={problem} />
      {offer.status === 'open' && !refusal && (
        <>
          <Text>It is held for you until {visitWhen(offer.expiresAt, offer.timeZone)}.</Text>
          <Group gap="sm">
            <Button
              mih={44}
              loading={busy === 'accept'}
              disabled={busy !== null}
              onClick={() => void answer('accept')}
            >
              Book this time
            </Button>
            <Button
              mih={44}
              variant="default"
              loading={busy === 'decline'}
              disabled={busy !== null}
              onClick={() => void answer('decline')}
            >
              It does not suit me
            </Button>
          </Group>
        </>
      )}
    </Stack>
  );
}

/** What became of an answered or lapsed offer. */
function OfferOutcome({ offer }: { offer: WaitlistOffer }) {
  if (offer.status === 'accepted')
    return (
      <Alert color="green" icon={<IconCircleCheck aria-hidden="true" />} title="You are booked" role="status">
        See it under <Link to="/portal/appointments">My appointments</Link>.
      </Alert>
    );
  if (offer.status === 'declined')
    return (
      <Alert title="You let this time go">
        You stay on the waitlist; we write when another time comes free.
      </Alert>
    );
  if (offer.status === 'expired' || offer.status === 'unavailable')
    return <RefusalNotice refusal={{ reason: 'offer_gone' }} timeZone={offer.timeZone} />;
  return null;
}
