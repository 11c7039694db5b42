import { Card, Container, Stack, Text, Title } from '@mantine/core';
import { Navigate, useLocation } from 'react-router-dom';
import { useSetup } from '../../app/setup-status';
import { usePageTitle } from '../../ui/page-title';
import { useSession } from './session';
import { destinationAfterSignIn, readArrival } from './sign-in-form';
import { SignInForm } from './SignInForm';

export function SignInPage() {
  usePageTitle('Sign in');
  const { clinic } = useSetup();
  const { state: session } = useSession();
  const arrival = readArrival(useLocation().state);

  // Only a session this tab already knows about skips the form. Asking the server here would
  // log a 401 in the console for everyone who is signed out, which is nearly everyone here.
  if (session.status === 'signed-in') {
    return <Navigate to={destinationAfterSignIn(session.current.user.role, arrival.from)} replace />;
  }

  return (
    <Container size={460} py={{ base: 'xl', sm: 64 }}>
      <Card p={{ base: 'lg', sm: 'xl' }} shadow="sm">
        <Stack gap="lg">
          <Stack gap={4}>
            <Title order={1} size="h2">
              Sign in
            </Title>
            <Text c="dimmed">For staff and patients of {clinic?.name ?? 'this clinic'}.</Text>
          </Stack>
          <SignInForm initialEmail={arrival.email} />
        </Stack>
      </Card>
    </Container>
  );
}
