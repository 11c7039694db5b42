import { useState } from 'react';
import { fillPlaceholders, type ConsentTreatment } from '@corium/contracts';
import { Card, Text, type TitleOrder } from '@mantine/core';
import { useCurrentUser } from '../auth/session';
import { ConsentDocument } from './ConsentDocument';
import { sampleValues } from './template-markup';

interface TemplatePreviewProps {
  treatment: ConsentTreatment;
  title: string;
  body: string;
  titleOrder?: TitleOrder;
  label?: string;
}

/** A template as a patient would read it, filled in for an invented patient of this clinic today. */
export function TemplatePreview({ treatment, title, body, titleOrder = 3, label }: TemplatePreviewProps) {
  const { clinic } = useCurrentUser();
  // The day the preview opened is enough for a sample date.
  const [today] = useState(() => new Date());
  const values = sampleValues(treatment, clinic.name, today, clinic.timeZone);
  return (
    <Card component="article" aria-label={label ?? title} padding="lg" bg="white">
      <Text size="sm" c="dimmed" mb="sm">
        Shown with sample details: {values.patient_name}, {values.date}.
      </Text>
      <ConsentDocument
        title={title || 'Untitled'}
        body={fillPlaceholders(body, values)}
        titleOrder={titleOrder}
      />
    </Card>
  );
}
