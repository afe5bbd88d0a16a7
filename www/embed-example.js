// The example host page: logs the country-select events both embeds send.
const log = document.getElementById('log');
document.addEventListener('country-select', (/** @type {CustomEvent<{ code: string | null, name: string | null }>} */ ev) => {
  const li = document.createElement('li');
  li.textContent = `${/** @type {HTMLElement} */ (ev.target).id}: ${ev.detail.name ?? 'nothing'} (${ev.detail.code ?? '—'})`;
  log.append(li);
});
