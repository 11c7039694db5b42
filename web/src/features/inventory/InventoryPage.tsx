import { useCallback } from 'react';
import { Stack, Tabs, Text, Title } from '@mantine/core';
import { may } from '../auth/roles';
import { useCurrentUser } from '../auth/session';
import { LoadProblem } from '../../ui/LoadProblem';
import { usePageTitle } from '../../ui/page-title';
import { SectionLoader } from '../../ui/SectionLoader';
import { useResource } from '../../ui/use-resource';
import { inventoryApi } from './inventory-api';
import { PensTab } from './PensTab';
import { ProductStock } from './ProductStock';

/** Stock of cartridges and consumables by product and lot, and the care of the clinic's pens. */
export function InventoryPage() {
  usePageTitle('Inventory');
  const { role } = useCurrentUser().user;
  const keeper = may(role, 'keepStock');
  return (
    <Stack gap="lg" maw={1180}>
      <div>
        <Title order={1}>Inventory</Title>
        <Text c="dimmed">What is on the shelf, lot by lot, and how each pen has been looked after.</Text>
      </div>
      <Tabs defaultValue="stock" keepMounted={false}>
        <Tabs.List aria-label="Parts of the inventory">
          <Tabs.Tab value="stock">Stock</Tabs.Tab>
          <Tabs.Tab value="pens">Pens</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="stock" pt="lg">
          <StockPanel keeper={keeper} />
        </Tabs.Panel>
        <Tabs.Panel value="pens" pt="lg">
          <PensTab keeper={keeper} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function StockPanel({ keeper }: { keeper: boolean }) {
  const load = useCallback(() => inventoryApi.stock(), []);
  const { resource, reload } = useResource(load);
  if (resource.status === 'loading') return <SectionLoader label="Loading the stock…" />;
  if (resource.status === 'failed')
    return <LoadProblem title="The stock could not be loaded" error={resource.error} onRetry={reload} />;
  const { products } = resource.data;
  if (products.length === 0)
    return <Text>No products yet. Products are added by an administrator or the medical director.</Text>;
  return (
    <Stack gap="lg">
      {products.map((product) => (
        <ProductStock key={product.id} product={product} keeper={keeper} onChanged={reload} />
      ))}
    </Stack>
  );
}
