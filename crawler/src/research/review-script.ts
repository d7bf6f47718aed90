// The review page's only script, served as /review.js: keyboard navigation and labelling, saved at once
// to the server (so a reload keeps every label), and CSV import. Plain ES2020, no dependencies.
export const REVIEW_SCRIPT = String.raw`'use strict';
(() => {
  const items = Array.from(document.querySelectorAll('article.item'));
  const progress = document.getElementById('progress');
  const names = { correct: 'juist (y)', wrong: 'onjuist (n)', unsure: 'twijfel (u)' };
  let current = Math.max(0, items.findIndex((item) => !item.dataset.label));

  function focus(index) {
    if (items.length === 0) return;
    current = Math.min(items.length - 1, Math.max(0, index));
    items.forEach((item, i) => item.classList.toggle('current', i === current));
    items[current].focus({ preventScroll: true });
    items[current].scrollIntoView({ block: 'start' });
  }

  function showLabel(item, label) {
    item.dataset.label = label;
    item.querySelector('.state').textContent = names[label] || '';
    item.querySelectorAll('button[data-set]').forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.set === label)));
    const done = items.filter((i) => i.dataset.label).length;
    progress.textContent = done + ' van ' + items.length + ' beoordeeld';
  }

  async function label(index, value) {
    const item = items[index];
    const response = await fetch('/api/labels', {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ item: item.dataset.item, label: value }),
    });
    if (!response.ok) { alert('Opslaan mislukt: ' + (await response.text())); return; }
    showLabel(item, value);
    document.body.dataset.saved = String(Number(document.body.dataset.saved || 0) + 1);
  }

  const keys = { y: 'correct', n: 'wrong', u: 'unsure' };
  document.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey || event.target instanceof HTMLInputElement) return;
    if (event.key === 'j') focus(current + 1);
    else if (event.key === 'k') focus(current - 1);
    else if (keys[event.key]) {
      const index = current;
      focus(current + 1);
      label(index, keys[event.key]);
    }
    else return;
    event.preventDefault();
  });
  items.forEach((item, index) => {
    item.addEventListener('click', () => focus(index));
    item.querySelectorAll('button[data-set]').forEach((b) => b.addEventListener('click', () => label(index, b.dataset.set)));
  });
  document.getElementById('import').addEventListener('change', async (event) => {
    const file = event.target.files[0];
    if (!file) return;
    const response = await fetch('/api/import', { method: 'POST', headers: { 'Content-Type': 'text/csv' }, body: await file.text() });
    const text = await response.text();
    if (!response.ok) { alert('Importeren mislukt: ' + text); return; }
    location.reload();
  });
  focus(current);
})();
`;
