import type { ChartZone, ZoneId } from '@corium/contracts';
import { Stack, Text, Title } from '@mantine/core';
import { DetailList } from '../../ui/DetailList';
import { depthText, directionWords, endpointWords, zoneWords } from './chart-words';

function details(zone: ChartZone) {
  return [
    { term: 'Needle depth', value: `${depthText(zone.depthMm)} (cap ${depthText(zone.capMm)})` },
    ...(zone.depthOverride
      ? [
          {
            term: 'Above the cap because',
            value: `${zone.depthOverride.reason} (${zone.depthOverride.by.name})`,
          },
        ]
      : []),
    { term: 'Passes', value: String(zone.passes) },
    { term: 'Directions', value: zone.directions.map((d) => directionWords[d]).join(', ') },
    { term: 'Pen speed setting', value: zone.penSpeed === null ? 'Not recorded' : String(zone.penSpeed) },
    {
      term: 'Endpoint',
      value: zone.stoppedReason
        ? `${endpointWords[zone.endpoint]}: ${zone.stoppedReason}`
        : endpointWords[zone.endpoint],
    },
    { term: 'Glide medium', value: zone.glideMedium?.name ?? 'None' },
  ];
}

/** A zone of a chart that can no longer change: what was recorded, or that nothing was. */
export function RecordedZone({ zone, recorded }: { zone: ZoneId; recorded: ChartZone | undefined }) {
  return (
    <Stack gap="md" component="section" aria-labelledby="zone-panel-heading">
      <Title order={2} size="h3" id="zone-panel-heading">
        {zoneWords[zone]}
      </Title>
      {recorded ? <DetailList details={details(recorded)} /> : <Text>Not treated in this session.</Text>}
    </Stack>
  );
}
