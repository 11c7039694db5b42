/* global document */
// "Am I a candidate?" on the visitor's device: the clinic's screening engine, bundled with this
// file, screens the answers against the rule set the page carries. Nothing is sent or stored.
import { screenSelfCheck } from '../self-check-screen';

const summaries = {
  block: [
    'Please wait before having microneedling',
    'Something in your answers means microneedling should wait for now:',
  ],
  'needs-doctor': ['Talk to a doctor first', 'Talk to a doctor before booking microneedling, because:'],
  warn: [
    'You can probably go ahead, with some changes',
    'Your practitioner would adjust the treatment or talk something through with you, because:',
  ],
  clear: [
    'Nothing in your answers stops you',
    'Nothing you told us rules microneedling out. A consultation checks your full health history first.',
  ],
};

function element(tag, text) {
  const node = document.createElement(tag);
  node.textContent = text;
  return node;
}

/** Today on this device, as YYYY-MM-DD in its own time zone. */
function today() {
  const now = new Date();
  const two = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

function show(result, { level, messages }) {
  const [heading, lead] = summaries[level];
  const list = element('ul', '');
  for (const message of messages) list.append(element('li', message));
  const book = element('a', 'Book a consultation');
  book.href = '/portal';
  book.className = 'button';
  result.replaceChildren(
    element('h2', heading),
    element('p', lead),
    ...(messages.length ? [list] : []),
    book,
  );
  result.dataset.level = level;
  result.hidden = false;
  result.focus();
}

const form = document.getElementById('self-check');
const ruleSet = JSON.parse(document.getElementById('self-check-data').textContent);
const result = document.getElementById('self-check-result');
const run = document.getElementById('self-check-run');
run.hidden = false;
form.addEventListener('submit', (event) => event.preventDefault());
run.addEventListener('click', () => {
  const answers = Object.fromEntries(new FormData(form));
  show(result, screenSelfCheck(ruleSet, answers, today()));
});
