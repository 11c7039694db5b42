/* global document */
// "Am I a candidate?" on the visitor's device: reads the answers, looks up what each leads to
// in the outcomes the page carries, and shows the most severe. Nothing is sent anywhere.
const levels = ['clear', 'warn', 'needs-doctor', 'block'];

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

function answersOf(form, data) {
  const outcomes = [];
  for (const [question, choices] of Object.entries(data)) {
    const picked = form.querySelector(`input[name="${question}"]:checked`);
    if (picked && choices[picked.value]) outcomes.push(choices[picked.value]);
  }
  return outcomes;
}

function show(result, outcomes) {
  const level = outcomes.reduce(
    (worst, o) => (levels.indexOf(o.level) > levels.indexOf(worst) ? o.level : worst),
    'clear',
  );
  const messages = [...new Set(outcomes.filter((o) => o.level === level).flatMap((o) => o.messages))];
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
const data = JSON.parse(document.getElementById('self-check-data').textContent);
const result = document.getElementById('self-check-result');
form.addEventListener('submit', (event) => event.preventDefault());
document
  .getElementById('self-check-run')
  .addEventListener('click', () => show(result, answersOf(form, data)));
