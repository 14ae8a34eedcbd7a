// Live filter of a listed page of rows (the case list): rows whose text does not contain what was typed are hidden,
// and a polite live region says how many are shown. Without this script the box stays hidden and the server-side
// filters above the list do the same job.
//
//   <div data-live-filter="case-table" hidden>                      id of the table (or list) it filters
//     <input type="search" data-live-filter-input>
//     <p data-live-filter-count aria-live="polite" data-count-text="Showing {shown} of {total}"></p>
//   </div>
//   <table id="case-table"> ... <tr data-live-filter-row data-live-filter-text="(2023)京0105执1234号 京0105 朝阳区人民法院">
//
// Matching ignores case, spaces and full-width/half-width differences, so "(2023)" finds "(2023)".
// Include with <script src="/static/js/live-filter.js" defer></script>.
(() => {
  'use strict';

  if (!('hidden' in HTMLElement.prototype) || typeof String.prototype.normalize !== 'function') {
    return;
  }

  const fold = (text) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

  function enhance(box) {
    const target = document.getElementById(box.dataset.liveFilter);
    const input = box.querySelector('[data-live-filter-input]');
    const count = box.querySelector('[data-live-filter-count]');
    if (!target || !input) {
      return;
    }
    const rows = Array.from(target.querySelectorAll('[data-live-filter-row]')).map((row) => ({
      row,
      text: fold(row.dataset.liveFilterText || row.textContent),
    }));
    const template = count ? count.dataset.countText || '' : '';
    const say = (shown) => {
      if (count) {
        count.textContent = template.replace('{shown}', String(shown)).replace('{total}', String(rows.length));
      }
    };

    let timer = 0;
    const apply = () => {
      const query = fold(input.value);
      let shown = 0;
      rows.forEach(({ row, text }) => {
        const match = !query || text.includes(query);
        row.hidden = !match;
        if (match) {
          shown += 1;
        }
      });
      box.setAttribute('data-live-filter-shown', String(shown));
      // The rows change at once; the count, which is read aloud, only once typing pauses.
      window.clearTimeout(timer);
      timer = window.setTimeout(() => say(shown), 400);
    };

    // The count is written while the box is still hidden, so showing the box is not read out as a change.
    say(rows.length);
    box.setAttribute('data-live-filter-shown', String(rows.length));
    input.addEventListener('input', apply);
    box.hidden = false;
    // A value the browser kept from before (back button) applies at once.
    if (input.value) {
      apply();
    }
  }

  document.querySelectorAll('[data-live-filter]').forEach(enhance);
})();
