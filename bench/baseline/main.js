// Baseline page: hands the picked file to a worker and publishes the result on window.__baseline
// (and in #result) so that the benchmark can read it.
'use strict';

const input = document.getElementById('file');
const output = document.getElementById('result');
window.__baseline = { state: 'idle' };

input.addEventListener('change', () => {
  const file = input.files && input.files[0];
  if (!file) return;
  const startedAt = performance.now();
  window.__baseline = { state: 'running', startedAt };
  const worker = new Worker('worker.js');
  worker.onmessage = (message) => {
    const finishedAt = performance.now();
    window.__baseline = { state: 'done', startedAt, finishedAt, ...message.data };
    output.textContent = JSON.stringify(window.__baseline, null, 2);
    worker.terminate();
  };
  worker.onerror = (event) => {
    window.__baseline = { state: 'error', message: String(event.message) };
    output.textContent = window.__baseline.message;
  };
  worker.postMessage(file);
});
