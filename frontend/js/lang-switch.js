// Keeps what was typed into a page's forms across the language switch. Following the link marked data-lang-switch
// reloads the same page in the other language, which would drop unsent input; so, when a field differs from the
// value the page came with, the changed values are put in sessionStorage under the page's address, and the
// reloaded page puts them back and deletes the stored copy at once.
//
// Never stored: passwords, files, hidden fields (the CSRF token comes fresh with the new page), buttons, and any
// field or form marked data-lang-switch-skip. A copy that is not picked up within ten minutes is dropped.
// Without this script, or without sessionStorage (private modes may refuse it), the link simply switches language.
// Runs on every page: <script src="/static/js/lang-switch.js" defer></script> in layout/base.html.
(() => {
  'use strict';

  const PREFIX = 'portal.lang-switch:';
  const MAX_AGE_MS = 10 * 60 * 1000;
  const SKIPPED = new Set(['password', 'file', 'hidden', 'submit', 'button', 'reset', 'image']);

  let storage;
  try {
    storage = window.sessionStorage;
    storage.setItem(`${PREFIX}probe`, '1');
    storage.removeItem(`${PREFIX}probe`);
  } catch {
    return;
  }

  const here = () => PREFIX + window.location.pathname + window.location.search;

  // Forms are told apart by their action and their place among forms with the same action; fields by their name
  // and their place among fields of that name (radio buttons share a name).
  function forms() {
    const seen = new Map();
    return Array.from(document.forms).map((form) => {
      const action = form.getAttribute('action') || '';
      const nth = seen.get(action) || 0;
      seen.set(action, nth + 1);
      return { form, key: `${action}#${nth}` };
    });
  }

  function fields(form) {
    if (form.hasAttribute('data-lang-switch-skip')) {
      return [];
    }
    const seen = new Map();
    return Array.from(form.elements)
      .filter((field) => field.matches('input, select, textarea') && field.name)
      .map((field) => {
        const nth = seen.get(field.name) || 0;
        seen.set(field.name, nth + 1);
        return { field, key: `${field.name}#${nth}` };
      })
      .filter(({ field }) => !SKIPPED.has(field.type) && !field.disabled
        && !field.closest('[data-lang-switch-skip]'));
  }

  function changed(field) {
    if (field.type === 'checkbox' || field.type === 'radio') {
      return field.checked !== field.defaultChecked;
    }
    if (field instanceof HTMLSelectElement) {
      const options = Array.from(field.options);
      if (field.multiple) {
        return options.some((option) => option.selected !== option.defaultSelected);
      }
      // A single select with no option marked selected starts on its first option.
      const marked = options.map((option) => option.defaultSelected).lastIndexOf(true);
      return field.selectedIndex !== Math.max(marked, 0);
    }
    return field.value !== field.defaultValue;
  }

  function read(field) {
    if (field.type === 'checkbox' || field.type === 'radio') {
      return { checked: field.checked };
    }
    if (field instanceof HTMLSelectElement) {
      return { selected: Array.from(field.selectedOptions, (option) => option.value) };
    }
    return { value: field.value };
  }

  function write(field, saved) {
    if ('checked' in saved) {
      field.checked = saved.checked;
    } else if ('selected' in saved) {
      Array.from(field.options).forEach((option) => {
        option.selected = saved.selected.includes(option.value);
      });
    } else if (typeof saved.value === 'string') {
      field.value = saved.value;
    }
    // Other scripts (live filter, upload checks) react as if the user had typed.
    field.dispatchEvent(new Event('input', { bubbles: true }));
    field.dispatchEvent(new Event('change', { bubbles: true }));
  }

  function save() {
    const entries = [];
    forms().forEach(({ form, key: formKey }) => {
      fields(form).forEach(({ field, key }) => {
        if (changed(field)) {
          entries.push({ form: formKey, field: key, ...read(field) });
        }
      });
    });
    try {
      if (entries.length) {
        storage.setItem(here(), JSON.stringify({ savedAt: Date.now(), entries }));
      } else {
        storage.removeItem(here());
      }
    } catch {
      // Storage full or refused: switch language anyway, as without the script.
    }
  }

  function restore() {
    let stored;
    try {
      const raw = storage.getItem(here());
      storage.removeItem(here());
      stored = raw ? JSON.parse(raw) : null;
    } catch {
      return;
    }
    if (!stored || !Array.isArray(stored.entries) || Date.now() - stored.savedAt > MAX_AGE_MS) {
      return;
    }
    const byForm = new Map(forms().map(({ form, key }) => [key, form]));
    let restored = 0;
    stored.entries.forEach((entry) => {
      const form = byForm.get(entry.form);
      const found = form && fields(form).find(({ key }) => key === entry.field);
      if (found) {
        write(found.field, entry);
        restored += 1;
      }
    });
    if (restored) {
      document.documentElement.setAttribute('data-lang-switch-restored', String(restored));
    }
  }

  // Copies left behind (the switch failed, the tab went elsewhere) do not outlive ten minutes.
  function dropStale() {
    try {
      for (let i = storage.length - 1; i >= 0; i -= 1) {
        const key = storage.key(i);
        if (key && key.startsWith(PREFIX)) {
          const stored = JSON.parse(storage.getItem(key) || 'null');
          if (!stored || !(Date.now() - stored.savedAt <= MAX_AGE_MS)) {
            storage.removeItem(key);
          }
        }
      }
    } catch {
      // unreadable entry: nothing else to do
    }
  }

  restore();
  dropStale();

  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[data-lang-switch]') : null;
    // A modified click opens another tab or window: this page stays, and so does its input.
    if (!link || event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey
      || event.altKey) {
      return;
    }
    save();
  });
})();
