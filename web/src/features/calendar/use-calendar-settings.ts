import { useSearchParams } from 'react-router-dom';
import { clinicDay } from '../../lib/clinic-time';
import type { BookingCatalog } from '../appointments/use-booking-catalog';
import type { ColumnKind } from './calendar-layout';
import { isoWeekday, stepAnchor, viewDays, type CalendarView } from './calendar-time';
import type { CalendarSettings } from './CalendarToolbar';

const isDay = (text: string | null): text is string => text !== null && /^\d{4}-\d{2}-\d{2}$/.test(text);

/** A week leaves out the days the location is closed (a clinic shut on Sundays shows six). */
function openDays(days: string[], opening: { weekday: number }[]): string[] {
  if (days.length === 1 || opening.length === 0) return days;
  return days.filter((day) => opening.some((o) => o.weekday === isoWeekday(day)));
}

/**
 * The calendar's place lives in the address (`?location=…&view=week&by=room&date=…`), so a
 * reload, a shared link, or "back" from a patient returns to the same view.
 */
export function useCalendarSettings(catalog: BookingCatalog) {
  const [params, setParams] = useSearchParams();
  const locations = catalog.resources.locations;
  const location = locations.find((l) => l.id === params.get('location')) ?? locations[0]!;
  const today = clinicDay(new Date(), location.timeZone);
  const settings: CalendarSettings = {
    locationId: location.id,
    view: params.get('view') === 'day' ? 'day' : 'week',
    by: (params.get('by') === 'room' ? 'room' : 'practitioner') as ColumnKind,
    anchor: isDay(params.get('date')) ? params.get('date')! : today,
  };
  const change = (next: Partial<CalendarSettings>) => {
    const merged = { ...settings, ...next };
    setParams(
      { location: merged.locationId, view: merged.view, by: merged.by, date: merged.anchor },
      { replace: true },
    );
  };
  return {
    settings,
    days: openDays(viewDays(settings.view, settings.anchor), location.openingHours),
    location,
    today,
    change,
    step: (step: number) => change({ anchor: stepAnchor(settings.view, settings.anchor, step) }),
    goToday: () => change({ anchor: today }),
    goTo: (view: CalendarView, anchor: string) => change({ view, anchor }),
  };
}
