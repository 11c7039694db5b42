import { useCallback, useMemo, useState } from 'react';
import type { Appointment } from '@corium/contracts';
import { useResource } from '../../ui/use-resource';
import { bookingApi } from '../appointments/booking-api';
import { addDays, instantAt } from './calendar-time';

/**
 * The visits at a location on the days shown, from the location's midnight to midnight. Visits
 * this page booked, moved or cancelled show as the server answered at once, over the loaded
 * ones, while the calendar loads again behind them.
 */
export function useCalendarVisits(locationId: string, days: string[], timeZone: string) {
  const first = days[0]!;
  const last = days[days.length - 1]!;
  const load = useCallback(
    () =>
      bookingApi.calendar({
        from: instantAt(first, 0, timeZone).toISOString(),
        to: instantAt(addDays(last, 1), 0, timeZone).toISOString(),
        locationId,
      }),
    [first, last, timeZone, locationId],
  );
  const { resource, reload } = useResource(load);
  const [changed, setChanged] = useState<Appointment[]>([]);
  const visits = useMemo(() => {
    const loaded = resource.status === 'ready' ? resource.data : [];
    const ids = new Set(changed.map((a) => a.id));
    return [...loaded.filter((a) => !ids.has(a.id)), ...changed];
  }, [resource, changed]);
  const keep = (...appointments: Appointment[]) => {
    const ids = new Set(appointments.map((a) => a.id));
    setChanged((list) => [...list.filter((a) => !ids.has(a.id)), ...appointments]);
    reload();
  };
  return { resource, reload, visits, keep };
}
