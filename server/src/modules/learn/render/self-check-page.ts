import type { RuleSet } from '../../screening/rule-sets/rule-set.schema';
import type { SelfCheckQuestion } from '../self-check';
import { esc } from './html';
import type { PageShell } from './layout';

export const selfCheckScriptPath = '/learn/self-check.js';

function dateField(date: NonNullable<SelfCheckQuestion['date']>): string {
  return `<p class="date"><label for="${date.id}">${esc(date.label)}</label> <input type="date" id="${date.id}" name="${date.id}" autocomplete="off"></p>`;
}

function question(q: SelfCheckQuestion): string {
  const help = q.help ? `<p id="help-${q.id}">${esc(q.help)}</p>` : '';
  const described = q.help ? ` aria-describedby="help-${q.id}"` : '';
  const radios = q.choices
    .map((c) => `<label><input type="radio" name="${q.id}" value="${esc(c.value)}"> ${esc(c.label)}</label>`)
    .join('');
  const date = q.date ? dateField(q.date) : '';
  return `<fieldset class="q"${described}><legend>${esc(q.label)}</legend>${help}<div class="checks">${radios}</div>${date}</fieldset>`;
}

/** The rule set as inert JSON; `<` is escaped so no message can close the script element. */
const inertJson = (ruleSet: RuleSet): string => JSON.stringify(ruleSet).replace(/</g, '\\u003c');

/**
 * "Am I a candidate?": the questions, and the clinic's rule set for the script (the screening
 * engine, bundled) to screen the answers with on the visitor's device. Without JavaScript the
 * button stays hidden and the page says how to get the same check at a consultation.
 */
export function selfCheckPage(
  clinicName: string,
  questions: SelfCheckQuestion[],
  ruleSet: RuleSet,
): PageShell {
  const clinic = esc(clinicName);
  const body = `<h1>Am I a candidate?</h1>
<p class="lead">A private check against ${clinic}’s screening rules. It runs only on this device: your answers are not sent or stored. You share your health history only if you choose to book.</p>
<noscript><p class="card">This check runs on your device with JavaScript, which is switched off. You can still read the questions below: they are the ones we ask before any treatment. <a href="/portal">Book a consultation</a> and we will go through them with you.</p></noscript>
<form id="self-check" aria-describedby="self-check-note"><p id="self-check-note">Answer what you can. Skip anything you are unsure about.</p>
${questions.map(question).join('')}
<button type="button" id="self-check-run" hidden>See my result</button></form>
<section id="self-check-result" class="card result" tabindex="-1" aria-live="polite" hidden></section>
<script type="application/json" id="self-check-data">${inertJson(ruleSet)}</script>
<p>This check is a guide, not a diagnosis. A practitioner goes through your full health history before any treatment.</p>`;
  return {
    path: '/learn/self-check',
    title: 'Am I a candidate?',
    description:
      'A private check of whether microneedling may suit you. It runs on your device and stores nothing.',
    body,
    script: selfCheckScriptPath,
  };
}
