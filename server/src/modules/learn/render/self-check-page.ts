import type { SelfCheckQuestion } from '../self-check';
import { esc } from './html';
import type { PageShell } from './layout';

export const selfCheckScriptPath = '/learn/self-check.js';

function question(q: SelfCheckQuestion): string {
  const help = q.help ? `<p id="help-${q.id}">${esc(q.help)}</p>` : '';
  const described = q.help ? ` aria-describedby="help-${q.id}"` : '';
  const radios = q.choices
    .map((c) => `<label><input type="radio" name="${q.id}" value="${esc(c.value)}"> ${esc(c.label)}</label>`)
    .join('');
  return `<fieldset class="q"${described}><legend>${esc(q.label)}</legend>${help}<div class="checks">${radios}</div></fieldset>`;
}

/** The outcomes as inert JSON; `<` is escaped so no message can close the script element. */
function outcomeData(questions: SelfCheckQuestion[]): string {
  const data = Object.fromEntries(
    questions.map((q) => [
      q.id,
      Object.fromEntries(q.choices.map((c) => [c.value, { level: c.level, messages: c.messages }])),
    ]),
  );
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

export function selfCheckPage(clinicName: string, questions: SelfCheckQuestion[]): PageShell {
  const body = `<h1>Am I a candidate?</h1>
<p class="lead">A private check against ${esc(clinicName)}’s screening rules. It runs only on this device: your answers are not sent or stored. You share your health history only if you choose to book.</p>
<noscript><p class="card">This check needs JavaScript, which runs it on your device. Without it, book a consultation and we will go through the questions together.</p></noscript>
<form id="self-check" aria-describedby="self-check-note"><p id="self-check-note">Answer what you can; skip anything you are unsure about.</p>
${questions.map(question).join('')}
<button type="button" id="self-check-run">See my result</button></form>
<section id="self-check-result" class="card result" tabindex="-1" aria-live="polite" hidden></section>
<script type="application/json" id="self-check-data">${outcomeData(questions)}</script>
<p>This check is a guide, not a diagnosis: a practitioner goes through your full health history before any treatment.</p>`;
  return {
    path: '/learn/self-check',
    title: 'Am I a candidate?',
    description:
      'A private check of whether microneedling may suit you. It runs on your device and stores nothing.',
    body,
    script: selfCheckScriptPath,
  };
}
