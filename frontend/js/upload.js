// Upload progress and early checks for forms marked data-upload-progress. Progressive enhancement: without this
// script (or without XMLHttpRequest and FormData) the form posts normally and the server, which checks every file
// again by its content, answers with the same page either way.
//
//   <form method="post" action="..." enctype="multipart/form-data"
//         data-upload-progress="上传进度"                 label of the progress bar
//         data-upload-error="上传中断,请重试。"           the request failed
//         data-upload-too-large="文件超过 10 MB。"        a chosen file is larger than its input's data-max-bytes
//         data-upload-wrong-type="只接受 PDF。">          a chosen file does not match its input's accept list
//     <input type="file" name="file" accept="application/pdf,.pdf" data-max-bytes="10485760">
//     <progress data-upload-progress-bar hidden></progress>   (optional: created after the submit button if absent)
//     <span data-upload-status aria-live="polite"></span>      (optional: created after the progress bar if absent)
//
// The checks run when a file is chosen and again on submit; a failed check names the files, marks the input
// aria-invalid and keeps the form from being sent. Texts come from the page, so they are in the page's language.
// Include with <script src="/static/js/upload.js" defer></script>; no inline script, so the strict CSP holds.
(() => {
  'use strict';

  if (!window.XMLHttpRequest || !window.FormData || !('upload' in XMLHttpRequest.prototype)) {
    return;
  }

  const submitButtons = (form) => Array.from(form.querySelectorAll('button:not([type]), [type=submit]'));
  const fileInputs = (form) => Array.from(form.querySelectorAll('input[type=file]'));

  let counter = 0;

  function insertAfter(anchor, element, form) {
    if (anchor && anchor.parentNode) {
      anchor.parentNode.insertBefore(element, anchor.nextSibling);
    } else {
      form.appendChild(element);
    }
  }

  // The bar and the live region exist from the start, so a screen reader already knows the region when it changes.
  function parts(form) {
    const buttons = submitButtons(form);
    const anchor = buttons.length ? buttons[buttons.length - 1] : form.lastElementChild;
    let bar = form.querySelector('[data-upload-progress-bar]');
    if (!bar) {
      bar = document.createElement('progress');
      bar.setAttribute('data-upload-progress-bar', '');
      bar.hidden = true;
      insertAfter(anchor, bar, form);
    }
    if (!bar.hasAttribute('aria-label') && form.dataset.uploadProgress) {
      bar.setAttribute('aria-label', form.dataset.uploadProgress);
    }
    let status = form.querySelector('[data-upload-status]');
    if (!status) {
      status = document.createElement('span');
      status.setAttribute('data-upload-status', '');
      status.className = 'small';
      insertAfter(bar, status, form);
    }
    if (!status.id) {
      counter += 1;
      status.id = `upload-status-${counter}`;
    }
    status.setAttribute('aria-live', 'polite');
    return { buttons, bar, status };
  }

  // accept="application/pdf,image/*,.pdf": a file passes when its type or its name's ending is listed. Some systems
  // report no type for a file, so the name's ending is enough; the server decides by the content.
  function accepts(input, file) {
    const accept = (input.getAttribute('accept') || '').split(',').map((part) => part.trim().toLowerCase())
      .filter(Boolean);
    if (!accept.length) {
      return true;
    }
    const type = (file.type || '').toLowerCase();
    const name = file.name.toLowerCase();
    return accept.some((rule) => {
      if (rule.startsWith('.')) {
        return name.endsWith(rule);
      }
      if (rule.endsWith('/*')) {
        return type.startsWith(rule.slice(0, -1));
      }
      return type === rule;
    });
  }

  function tooLarge(input, file) {
    const max = Number(input.dataset.maxBytes);
    return max > 0 && file.size > max;
  }

  // The first problem of the chosen files: which input, which text, which files. The browser's own size check would
  // come too late (the whole file would be sent first) and it has no type check at all.
  function problem(form, inputs) {
    for (const input of inputs) {
      const files = Array.from(input.files || []);
      const wrongType = files.filter((file) => !accepts(input, file));
      if (wrongType.length && form.dataset.uploadWrongType) {
        return { input, text: form.dataset.uploadWrongType, files: wrongType };
      }
      const large = files.filter((file) => tooLarge(input, file));
      if (large.length && form.dataset.uploadTooLarge) {
        return { input, text: form.dataset.uploadTooLarge, files: large };
      }
    }
    return null;
  }

  // aria-describedby may already name a hint: add and remove only the status's id.
  function describedBy(input, id, on) {
    const ids = (input.getAttribute('aria-describedby') || '').split(/\s+/).filter((token) => token && token !== id);
    if (on) {
      ids.push(id);
    }
    if (ids.length) {
      input.setAttribute('aria-describedby', ids.join(' '));
    } else {
      input.removeAttribute('aria-describedby');
    }
  }

  function showProblem(found, status) {
    found.input.setAttribute('aria-invalid', 'true');
    describedBy(found.input, status.id, true);
    status.className = 'field-error';
    status.setAttribute('data-upload-problem', '');
    status.textContent = `${found.text} (${found.files.map((file) => file.name).join(', ')})`;
  }

  function clearProblem(input, status) {
    input.removeAttribute('aria-invalid');
    describedBy(input, status.id, false);
    if (status.hasAttribute('data-upload-problem')) {
      status.removeAttribute('data-upload-problem');
      status.className = 'small';
      status.textContent = '';
    }
  }

  function enhance(form) {
    const { buttons, bar, status } = parts(form);
    let sending = false;

    form.addEventListener('change', (event) => {
      const input = event.target;
      if (!(input instanceof HTMLInputElement) || input.type !== 'file') {
        return;
      }
      clearProblem(input, status);
      const found = problem(form, [input]);
      if (found) {
        showProblem(found, status);
      }
    });

    form.addEventListener('submit', (event) => {
      // getAttribute, not form.method: a field named "method" or "action" would shadow the property.
      if ((form.getAttribute('method') || 'get').toLowerCase() !== 'post') {
        return;
      }
      event.preventDefault();
      if (sending) {
        return;
      }

      const found = problem(form, fileInputs(form));
      if (found) {
        showProblem(found, status);
        found.input.focus();
        return;
      }
      fileInputs(form).forEach((input) => clearProblem(input, status));

      const data = new FormData(form);
      const submitter = event.submitter;
      if (submitter && submitter.name) {
        data.append(submitter.name, submitter.value);
      }
      const action = new URL(form.getAttribute('action') || '', document.baseURI).href;
      const xhr = new XMLHttpRequest();
      // Same-origin request: the session cookie goes with it; the CSRF token is one of the form's fields.
      xhr.open('POST', action);

      let announced = -1;
      const show = (loaded, total) => {
        bar.max = total;
        bar.value = loaded;
        const percent = Math.floor((loaded / total) * 100);
        // Announce in steps of ten so a screen reader is not flooded; the bar itself moves smoothly.
        const step = percent - (percent % 10);
        if (step !== announced) {
          announced = step;
          status.textContent = `${percent}%`;
        }
      };

      const finish = () => {
        sending = false;
        form.removeAttribute('aria-busy');
        buttons.forEach((button) => {
          button.disabled = false;
        });
      };

      const fail = () => {
        finish();
        bar.hidden = true;
        status.className = 'field-error';
        status.textContent = form.dataset.uploadError || '';
      };

      xhr.upload.addEventListener('progress', (progress) => {
        if (progress.lengthComputable && progress.total > 0) {
          show(progress.loaded, progress.total);
        }
      });
      xhr.addEventListener('load', () => {
        if (xhr.responseURL && xhr.responseURL !== action) {
          // Post/redirect/get: the browser followed the redirect; show the page at its own address.
          window.location.assign(xhr.responseURL);
        } else if (xhr.responseText) {
          // Validation errors come back as a page for the same address: show it as a normal post would.
          document.open();
          document.write(xhr.responseText);
          document.close();
        } else {
          fail();
        }
      });
      xhr.addEventListener('error', fail);
      xhr.addEventListener('abort', fail);
      xhr.addEventListener('timeout', fail);

      sending = true;
      form.setAttribute('aria-busy', 'true');
      buttons.forEach((button) => {
        button.disabled = true;
      });
      bar.removeAttribute('value');
      bar.hidden = false;
      status.className = 'small';
      status.textContent = '';
      xhr.send(data);
    });
  }

  document.querySelectorAll('form[data-upload-progress]').forEach(enhance);
})();
