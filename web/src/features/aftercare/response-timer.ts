/** How an alert's response deadline reads on the dashboard, and how loudly. */
export interface TimerReading {
  /** e.g. "1 h 05 min left", "12 min overdue". */
  text: string;
  /** `overdue` once the deadline has passed; `soon` in its last quarter hour. */
  tone: 'calm' | 'soon' | 'overdue';
}

const MINUTE = 60_000;
// The last 15 minutes before a deadline turn the timer orange, so it is noticed before it is late.
const SOON_MINUTES = 15;

function spell(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours >= 48) return `${Math.floor(hours / 24)} days`;
  return `${hours} h ${String(rest).padStart(2, '0')} min`;
}

/**
 * The time left to respond to an alert due at `dueAt`, to the minute (the page refreshes every
 * minute). Rounded up while there is time left, so "1 min left" never shows at 0 s; rounded
 * down once overdue, so the first overdue minute reads "0 min overdue" only at the deadline itself.
 */
export function responseTimer(dueAt: string, now: Date): TimerReading {
  const left = Date.parse(dueAt) - now.getTime();
  if (left <= 0) {
    const late = Math.floor(-left / MINUTE);
    return { text: `${spell(late)} overdue`, tone: 'overdue' };
  }
  const minutes = Math.ceil(left / MINUTE);
  return { text: `${spell(minutes)} left`, tone: minutes <= SOON_MINUTES ? 'soon' : 'calm' };
}
