import { useCallback } from 'react';
import type { BookingResources, BookingService } from '@corium/contracts';
import { useResource } from '../../ui/use-resource';
import { bookingApi } from './booking-api';

export interface BookingCatalog {
  services: BookingService[];
  resources: BookingResources;
}

const loadCatalog = async (): Promise<BookingCatalog> => {
  const [services, resources] = await Promise.all([bookingApi.services(), bookingApi.resources()]);
  return { services: services.filter((s) => s.active), resources };
};

/** The clinic's services, locations, rooms, devices and practitioners: what every booking picks from. */
export function useBookingCatalog() {
  const load = useCallback(() => loadCatalog(), []);
  return useResource(load);
}

export function locationOf(catalog: BookingCatalog, locationId: string) {
  return catalog.resources.locations.find((l) => l.id === locationId) ?? catalog.resources.locations[0];
}

/** "Room 1 · Nurse Priya Shah · MP4-230117": who and what a slot would hold. */
export function assignmentWords(catalog: BookingCatalog, assignment: Record<string, string>): string {
  const { rooms, devices, practitioners } = catalog.resources;
  const name = (id: string) =>
    practitioners.find((p) => p.id === id)?.displayName ??
    rooms.find((r) => r.id === id)?.name ??
    devices.find((d) => d.id === id)?.serial ??
    id;
  return Object.values(assignment).map(name).join(' · ');
}
