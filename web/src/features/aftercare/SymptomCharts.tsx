import { checkInEffects, type CheckInRecord } from '@corium/contracts';
import { SimpleGrid } from '@mantine/core';
import { effectWords, scoreWords } from './aftercare-words';
import { effectSeries } from './recovery-view';
import { SymptomSparkline } from './SymptomSparkline';

/** The six scores across a plan's check-ins, one small chart each, so a trend is seen at a glance. */
export function SymptomCharts({ checkIns }: { checkIns: readonly CheckInRecord[] }) {
  return (
    <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="md">
      {checkInEffects.map((effect) => (
        <SymptomSparkline
          key={effect}
          label={effectWords[effect]}
          points={effectSeries(checkIns, effect)}
          scoreWords={scoreWords}
        />
      ))}
    </SimpleGrid>
  );
}
