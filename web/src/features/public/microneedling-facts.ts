import {
  IconCalendarRepeat,
  IconChartLine,
  IconClockHour4,
  IconNeedle,
  type TablerIcon,
} from '@tabler/icons-react';

export interface Fact {
  title: string;
  text: string;
  icon: TablerIcon;
}

/**
 * What patients should know before a course. Kept to what is true of collagen induction
 * therapy in general; each clinic's own advice comes from its practitioners.
 */
export const microneedlingFacts: Fact[] = [
  {
    title: 'How it works',
    text: 'A practitioner moves a pen fitted with a sterile cartridge of very fine needles over the skin. It makes tiny, controlled micro-injuries, and the skin responds by producing its own new collagen. Nothing is injected.',
    icon: IconNeedle,
  },
  {
    title: 'Your visit',
    text: 'Numbing cream goes on first and stays on for 30 to 60 minutes, so the treatment is comfortable. Allow for that time when you plan your visit.',
    icon: IconClockHour4,
  },
  {
    title: 'A course of sessions',
    text: 'A course is usually 3 to 6 sessions, about four weeks apart, giving the skin time to repair and rebuild between them.',
    icon: IconCalendarRepeat,
  },
  {
    title: 'Results',
    text: 'New collagen forms slowly. Results build gradually over the months after treatment rather than showing overnight.',
    icon: IconChartLine,
  },
];

/** The public learning pages (served by the server's learn module), as the home page lists them. */
export const learnLinks: readonly { href: string; label: string }[] = [
  { href: '/learn/what-is-microneedling', label: 'What microneedling is, and what a course looks like' },
  { href: '/learn/options', label: 'Your options compared, concern by concern' },
  { href: '/learn/myths', label: 'Myths and facts' },
  { href: '/learn/aftercare', label: 'Side effects and aftercare, day by day' },
  { href: '/learn/self-check', label: 'Am I a candidate? A private self-check' },
];
