import { Alert } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';

interface FormProblemProps {
  message: string | null;
  title?: string;
}

/** Why a whole form or dialog was refused; announced as soon as it appears. */
export function FormProblem({ message, title }: FormProblemProps) {
  if (!message) return null;
  return (
    <Alert color="red" icon={<IconAlertCircle aria-hidden="true" />} title={title}>
      {message}
    </Alert>
  );
}
