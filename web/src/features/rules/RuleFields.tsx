import type { ReactNode } from 'react';
import { screeningLevels, type ScreeningLevel } from '@corium/contracts';
import { NumberInput, Select, VisuallyHidden } from '@mantine/core';
import { depthText, levelLooks } from '../screening/screening-words';
import { depthProblem, type NumberValue } from './rule-edits';

/**
 * The medical director's inputs. A changed field says what it was in words ("Was: Block") and
 * is outlined, so the highlight never rests on colour alone.
 */
export const changedStyles = {
  input: {
    background: 'var(--mantine-color-yellow-0)',
    borderColor: 'var(--mantine-color-yellow-9)',
    borderWidth: 2,
  },
};

// "Was …" under the field, so that a changed field lines up with its unchanged neighbours.
const belowInput: ('label' | 'input' | 'description' | 'error')[] = [
  'label',
  'input',
  'description',
  'error',
];

interface LevelFieldProps<L extends ScreeningLevel> {
  label: ReactNode;
  levels?: readonly L[];
  value: L;
  original: L;
  onChange: (level: L) => void;
}

const levelOption = (level: ScreeningLevel) => ({
  value: level,
  // `clear` on an outcome switches it off: say so in the list.
  label: level === 'clear' ? 'Clear (no finding)' : levelLooks[level].label,
});

export function LevelField<L extends ScreeningLevel>(props: LevelFieldProps<L>) {
  const {
    label,
    levels = screeningLevels as readonly ScreeningLevel[] as readonly L[],
    value,
    original,
    onChange,
  } = props;
  const changed = value !== original;
  return (
    <Select
      label={label}
      data={[...levels].reverse().map(levelOption)}
      value={value}
      onChange={(next) => next && onChange(next as L)}
      allowDeselect={false}
      description={changed ? `Was: ${levelOption(original).label}` : undefined}
      styles={changed ? changedStyles : undefined}
      inputWrapperOrder={belowInput}
      w={{ base: '100%', xs: 240 }}
      comboboxProps={{ keepMounted: false }}
    />
  );
}

interface NumberFieldProps {
  label: ReactNode;
  value: NumberValue;
  original: number;
  /** "days", "years" or "mm". */
  unit: string;
  problem: string | null;
  onChange: (value: NumberValue) => void;
  /** Fills its grid cell when laid out in a grid; otherwise a fixed width. */
  fill?: boolean;
}

const originalText = (original: number, unit: string) =>
  unit === 'mm' ? depthText(original) : `${original} ${unit}`;

export function NumberField({ label, value, original, unit, problem, onChange, fill }: NumberFieldProps) {
  const changed = value !== original;
  const mm = unit === 'mm';
  return (
    <NumberInput
      label={label}
      value={value}
      onChange={(next) => onChange(typeof next === 'number' ? next : next === '' ? '' : Number(next))}
      min={mm ? 0.05 : 1}
      max={mm ? 3.5 : unit === 'years' ? 150 : 3650}
      step={mm ? 0.25 : 1}
      decimalScale={mm ? 2 : 0}
      allowNegative={false}
      allowDecimal={mm}
      rightSection={<span aria-hidden="true">{unit}</span>}
      rightSectionWidth={56}
      description={changed ? `Was ${originalText(original, unit)}` : undefined}
      error={problem}
      styles={changed && !problem ? changedStyles : undefined}
      inputWrapperOrder={belowInput}
      w={fill ? '100%' : { base: '100%', xs: 200 }}
    />
  );
}

/** A depth in mm, for the depth caps, the floor and the lowerings. */
export function DepthField(props: Omit<NumberFieldProps, 'unit' | 'problem'>) {
  return <NumberField {...props} unit="mm" problem={depthProblem(props.value)} fill />;
}

/** Visible words plus the context a screen reader needs among many fields of the same name. */
export function FieldLabel({ text, context }: { text: string; context: string }) {
  return (
    <>
      <VisuallyHidden>{context} </VisuallyHidden>
      {text}
    </>
  );
}
