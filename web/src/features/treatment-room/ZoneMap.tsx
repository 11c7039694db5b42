import { Fragment, type KeyboardEvent } from 'react';
import type { ChartZone, ZoneId } from '@corium/contracts';
import { Button, SimpleGrid, Stack, Text } from '@mantine/core';
import { depthText, endpointWords, zoneWords } from './chart-words';
import { depthBand } from './depth-bands';
import { DepthLegend } from './DepthLegend';
import { bodyZones, FACE_MAP, faceZones, type FaceZone } from './zone-layout';
import classes from './zone-map.module.css';

interface ZoneMapProps {
  zones: readonly ChartZone[];
  selected: ZoneId | null;
  onSelect: (zone: ZoneId) => void;
}

/** "Cheeks: 1.25 mm, pinpoint bleeding" or "Cheeks: not treated yet". */
function zoneName(zone: ZoneId, treated: ChartZone | undefined): string {
  if (!treated) return `${zoneWords[zone]}: not treated yet`;
  return `${zoneWords[zone]}: ${depthText(treated.depthMm)}, ${endpointWords[treated.endpoint].toLowerCase()}`;
}

/** The zone's shape (or two, one each side), each with its name and, once treated, its depth. */
function ZoneShapes({ face, treated }: { face: FaceZone; treated: ChartZone | undefined }) {
  const fill = treated ? depthBand(treated.depthMm).fill : undefined;
  return (
    <>
      {face.rects.map((r) => (
        <rect
          key={`${r.x},${r.y}`}
          {...r}
          rx={10}
          className={`${classes.shape} ${treated ? '' : classes.untreated}`}
          style={fill ? { fill } : undefined}
        />
      ))}
      {face.rects.map((r) => (
        <Fragment key={`text ${r.x},${r.y}`}>
          <text x={r.x + r.width / 2} y={r.y + 20} textAnchor="middle" className={classes.label}>
            {face.short}
          </text>
          {treated && (
            <text x={r.x + r.width / 2} y={r.y + 38} textAnchor="middle" className={classes.depth}>
              {depthText(treated.depthMm)}
            </text>
          )}
        </Fragment>
      ))}
    </>
  );
}

function FaceZoneButton({
  face,
  treated,
  selected,
  onSelect,
}: {
  face: FaceZone;
  treated: ChartZone | undefined;
  selected: boolean;
  onSelect: (zone: ZoneId) => void;
}) {
  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    onSelect(face.zone);
  };
  return (
    <g
      role="button"
      tabIndex={0}
      aria-label={zoneName(face.zone, treated)}
      aria-pressed={selected}
      className={`${classes.zone} ${selected ? classes.selected : ''}`}
      onClick={() => onSelect(face.zone)}
      onKeyDown={onKeyDown}
    >
      <ZoneShapes face={face} treated={treated} />
    </g>
  );
}

function FaceMap({ zones, selected, onSelect }: ZoneMapProps) {
  return (
    <svg
      viewBox={`0 0 ${FACE_MAP.width} ${FACE_MAP.height}`}
      className={classes.map}
      role="group"
      aria-label="Face, neck and décolletage"
    >
      <ellipse cx={160} cy={186} rx={130} ry={168} className={classes.outline} aria-hidden="true" />
      <rect x={116} y={340} width={88} height={78} className={classes.outline} aria-hidden="true" />
      {faceZones.map((face) => (
        <FaceZoneButton
          key={face.zone}
          face={face}
          treated={zones.find((z) => z.zone === face.zone)}
          selected={selected === face.zone}
          onSelect={onSelect}
        />
      ))}
    </svg>
  );
}

function BodyStrip({ zones, selected, onSelect }: ZoneMapProps) {
  return (
    <SimpleGrid cols={2} spacing="xs" role="group" aria-label="Body">
      {bodyZones.map((zone) => {
        const treated = zones.find((z) => z.zone === zone);
        return (
          <Button
            key={zone}
            variant="default"
            mih={52}
            aria-label={zoneName(zone, treated)}
            aria-pressed={selected === zone}
            onClick={() => onSelect(zone)}
            styles={{
              root: {
                background: treated ? depthBand(treated.depthMm).fill : undefined,
                borderWidth: selected === zone ? 4 : 1,
                borderColor: selected === zone ? 'var(--mantine-color-corium-9)' : undefined,
                borderStyle: treated || selected === zone ? 'solid' : 'dashed',
                color: '#111',
              },
              label: { whiteSpace: 'normal', lineHeight: 1.2 },
            }}
          >
            {zoneWords[zone]}
            {treated && ` · ${depthText(treated.depthMm)}`}
          </Button>
        );
      })}
    </SimpleGrid>
  );
}

/**
 * Where the needling went: tap a zone to record it. Treated zones are filled by depth band and
 * carry their depth in writing; the selected one has a thick border.
 */
export function ZoneMap(props: ZoneMapProps) {
  return (
    <Stack gap="md" component="section" aria-labelledby="zone-map-heading">
      <Text id="zone-map-heading" fw={650} size="lg">
        Zones
      </Text>
      <FaceMap {...props} />
      <BodyStrip {...props} />
      <DepthLegend />
    </Stack>
  );
}
