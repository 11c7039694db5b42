/** The availability core's public face: pure, no I/O; the booking service supplies the data. */
export { findSlots } from './find-slots';
export { AvailabilityRequestError, type AvailabilityIssue } from './request-error';
export { MAX_RANGE_DAYS, MAX_APPOINTMENT_MINUTES } from './prepare-request';
export type {
  AvailabilityRequest,
  BusyAllocation,
  IsoWeekday,
  ResourceCalendar,
  ResourceRole,
  Segment,
  Slot,
  SlotSegment,
  WallInterval,
} from './types';
