import { useState } from 'react';
import { Button, Card, Group, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import type { StockLot, StockProduct } from '@corium/contracts';
import { calendarDate } from '../../lib/clinic-time';
import { AdjustLotDialog } from './AdjustLotDialog';
import { LotMovementsDialog } from './LotMovementsDialog';
import { ReceiveLotDialog } from './ReceiveLotDialog';
import { kindLabels } from './stock-words';
import { WarningBadges } from './WarningBadges';

interface ProductStockProps {
  product: StockProduct;
  keeper: boolean;
  onChanged: () => void;
}

type Open = { dialog: 'receive' } | { dialog: 'adjust' | 'movements'; lot: StockLot } | null;

function describe(product: StockProduct): string {
  return [
    kindLabels[product.kind],
    product.needleConfig,
    product.strength,
    product.compounded ? 'compounded: needs a prescription' : null,
    product.sterileForNeedledSkin ? 'sterile, for needled skin' : null,
    product.active ? null : 'no longer stocked',
  ]
    .filter(Boolean)
    .join(' · ');
}

/** One product: its usable units, warnings and a table of its lots, soonest expiry first. */
export function ProductStock({ product, keeper, onChanged }: ProductStockProps) {
  const [open, setOpen] = useState<Open>(null);
  const headingId = `product-${product.id}`;
  return (
    <Card component="section" aria-labelledby={headingId} withBorder>
      <Group justify="space-between" align="flex-start" gap="md" mb="sm">
        <Stack gap={4}>
          <Title order={2} size="h4" id={headingId}>
            {product.name}
          </Title>
          <Text size="sm" c="dimmed">
            {describe(product)}
          </Text>
          <Text>
            <strong>{product.usableOnHand}</strong> usable on hand · low-stock warning at {product.lowStockAt}
          </Text>
          <WarningBadges warnings={product.warnings} />
        </Stack>
        {keeper && (
          <Button variant="default" size="md" onClick={() => setOpen({ dialog: 'receive' })}>
            Receive lot
          </Button>
        )}
      </Group>
      <LotTable product={product} keeper={keeper} onOpen={setOpen} />
      <ReceiveLotDialog
        product={product}
        opened={open?.dialog === 'receive'}
        onClose={() => setOpen(null)}
        onDone={onChanged}
      />
      {open?.dialog === 'adjust' && (
        <AdjustLotDialog lot={open.lot} onClose={() => setOpen(null)} onDone={onChanged} />
      )}
      {open?.dialog === 'movements' && <LotMovementsDialog lot={open.lot} onClose={() => setOpen(null)} />}
    </Card>
  );
}

function LotTable({
  product,
  keeper,
  onOpen,
}: {
  product: StockProduct;
  keeper: boolean;
  onOpen: (o: Open) => void;
}) {
  if (product.lots.length === 0) return <Text c="dimmed">No lots received yet.</Text>;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped verticalSpacing="sm" aria-label={`Lots of ${product.name}`}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Lot</Table.Th>
            <Table.Th>Expires</Table.Th>
            <Table.Th>On hand</Table.Th>
            <Table.Th>Supplier</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {product.lots.map((lot) => (
            <LotRow key={lot.id} lot={lot} keeper={keeper} onOpen={onOpen} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function LotRow({ lot, keeper, onOpen }: { lot: StockLot; keeper: boolean; onOpen: (o: Open) => void }) {
  return (
    <Table.Tr>
      <Table.Td>{lot.lotNumber}</Table.Td>
      <Table.Td>{calendarDate(lot.expiresOn)}</Table.Td>
      <Table.Td>
        {lot.onHand} of {lot.quantityReceived}
      </Table.Td>
      <Table.Td>{lot.supplier ?? '—'}</Table.Td>
      <Table.Td>{lot.warnings.length ? <WarningBadges warnings={lot.warnings} /> : 'Usable'}</Table.Td>
      <Table.Td>
        <Group gap="xs" justify="flex-end" wrap="nowrap">
          {keeper && (
            <Button variant="subtle" size="sm" onClick={() => onOpen({ dialog: 'adjust', lot })}>
              Adjust<VisuallyHidden> lot {lot.lotNumber}</VisuallyHidden>
            </Button>
          )}
          <Button variant="subtle" size="sm" onClick={() => onOpen({ dialog: 'movements', lot })}>
            Movements<VisuallyHidden> of lot {lot.lotNumber}</VisuallyHidden>
          </Button>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
