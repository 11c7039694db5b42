/**
 * Aftercare and recovery: the day-by-day plan built when a chart is signed (clinical-reference
 * §4), the patient's check-ins with triage against the expected course (§5.1) and the red-flag
 * tiers (§5.3), alerts that reach a clinician, and adverse-event records for regulators.
 *
 * Staff routes:   GET  /api/aftercare/timeline · GET /api/aftercare/timeline/versions
 *                 POST /api/aftercare/timeline/versions (medical director)
 *                 GET|PUT /api/aftercare/settings (on-call list, response timers)
 *                 GET  /api/aftercare/dashboard (open alerts by severity, missed check-ins)
 *                 POST /api/aftercare/alerts/:alertId/acknowledge · …/resolve
 *                 GET  /api/patients/:patientId/aftercare (the patient's aftercare tab)
 *                 POST /api/patients/:patientId/aftercare/plans/:planId/cancel
 *                 POST /api/patients/:patientId/adverse-events
 *                 GET  /api/patients/:patientId/adverse-events/:eventId/report (JSON) · …/report.pdf
 * Portal routes:  GET  /api/portal/aftercare · GET /api/portal/aftercare/check-ins/:checkInId
 *                 POST /api/portal/aftercare/check-ins/:checkInId
 * Link routes:    POST /api/check-in-links/form · POST /api/check-in-links/answers (public; the
 *                 token from the e-mailed link `/check-in#<token>` travels in the body, never a URL)
 */

export * from './aftercare-timeline';
export * from './aftercare-recovery';
export * from './aftercare-safety';
