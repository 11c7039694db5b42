import type { CSSProperties } from 'react';
import type { Appointment } from '@corium/contracts';
import type { CalendarColumn, HourRange, PlacedBlock } from './calendar-layout';
import { clockLabel, dayLabel } from './calendar-time';
import { AppointmentBlock } from './AppointmentBlock';
import type { useCalendarDrag } from './use-calendar-drag';
import classes from './calendar.module.css';

/** 15 minutes are 21 px: a 30-minute needling is tall enough for two lines on a tablet. */
export const PX_PER_MINUTE = 1.4;
const AXIS_PX = 56;

interface CalendarGridProps {
  days: string[];
  columns: CalendarColumn[];
  blocks: PlacedBlock[];
  hours: HourRange;
  today: string;
  drag: ReturnType<typeof useCalendarDrag>;
  onOpen: (appointment: Appointment) => void;
}

function DayHeaders({ days, perDay, today }: { days: string[]; perDay: number; today: string }) {
  return (
    <>
      <div className={`${classes.header} ${classes.corner}`} />
      {days.map((day) => (
        <div
          key={day}
          className={classes.header}
          data-today={day === today || undefined}
          style={{ gridColumn: `span ${perDay}` }}
        >
          {dayLabel(day)}
          {day === today && ' (today)'}
        </div>
      ))}
    </>
  );
}

function HourAxis({ hours }: { hours: HourRange }) {
  const labels: number[] = [];
  for (let m = hours.startMinute + 60; m < hours.endMinute; m += 60) labels.push(m);
  return (
    <div className={classes.axis} aria-hidden="true">
      {labels.map((m) => (
        <span key={m} className={classes.hourLabel} style={{ top: (m - hours.startMinute) * PX_PER_MINUTE }}>
          {clockLabel(m)}
        </span>
      ))}
    </div>
  );
}

/**
 * The time grid: days across, each split into its practitioners' or rooms' columns, minutes
 * down on the location's clock. Each column is a list of the visits it holds, in time order.
 */
export function CalendarGrid({ days, columns, blocks, hours, today, drag, onOpen }: CalendarGridProps) {
  const perDay = Math.max(1, columns.length / Math.max(1, days.length));
  const height = (hours.endMinute - hours.startMinute) * PX_PER_MINUTE;
  const minColumn = days.length > 1 ? 96 : 160;
  const gridStyle = {
    gridTemplateColumns: `${AXIS_PX}px repeat(${columns.length}, minmax(${minColumn}px, 1fr))`,
    '--hour-px': `${60 * PX_PER_MINUTE}px`,
    '--quarter-px': `${15 * PX_PER_MINUTE}px`,
  } as CSSProperties;
  return (
    <div className={classes.scroller}>
      <div className={classes.grid} style={gridStyle}>
        {days.length > 1 && <DayHeaders days={days} perDay={perDay} today={today} />}
        <div className={`${classes.header} ${classes.corner}`} />
        {columns.map((column) => (
          <div key={column.key} className={classes.header}>
            {column.label}
          </div>
        ))}
        <HourAxis hours={hours} />
        {columns.map((column) => (
          <ul
            key={column.key}
            className={classes.column}
            data-column-key={column.key}
            aria-label={`${column.label}, ${dayLabel(column.day)}`}
            style={{ height, margin: 0, padding: 0, listStyle: 'none', backgroundPositionY: 0 }}
          >
            {blocks
              .filter((b) => b.column.key === column.key)
              .sort((a, b) => a.startMinute - b.startMinute)
              .map((block) => (
                <li key={block.appointment.id}>
                  <AppointmentBlock
                    block={block}
                    firstMinute={hours.startMinute}
                    pxPerMinute={PX_PER_MINUTE}
                    drag={drag.drag}
                    handlers={drag.handlers}
                    onOpen={() => onOpen(block.appointment)}
                  />
                </li>
              ))}
          </ul>
        ))}
      </div>
    </div>
  );
}
