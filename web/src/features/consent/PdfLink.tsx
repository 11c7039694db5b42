import { Button } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';

interface PdfLinkProps {
  href: string;
  consentId: string;
  label?: string;
  primary?: boolean;
}

/**
 * A plain link to the stored PDF: the browser downloads it with the session cookie, exactly as
 * it was printed at signing.
 */
export function PdfLink({ href, consentId, label = 'Download PDF', primary = false }: PdfLinkProps) {
  return (
    <Button
      component="a"
      href={href}
      download={`consent-${consentId}.pdf`}
      variant={primary ? 'filled' : 'default'}
      leftSection={<IconDownload size={18} aria-hidden="true" />}
    >
      {label}
    </Button>
  );
}
