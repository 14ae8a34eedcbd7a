// Upload progress for forms marked data-upload-progress. Progressive enhancement: without this script (or without
// XMLHttpRequest and FormData) the form posts normally and the server's answer is the same page either way.
//
//   <form method="post" action="..." enctype="multipart/form-data" data-upload-progress="上传进度"
//         data-upload-error="上传中断,请重试。" data-upload-too-large="文件超过 20 MB。">
//     <input type="file" name="file" data-max-bytes="20971520">
//     <progress data-upload-progress-bar hidden></progress>   (optional: created after the submit button if absent)
//     <span data-upload-status aria-live="polite"></span>      (optional: created after the progress bar if absent)
//
// Include with <script src="/static/js/upload.js" defer></script>; no inline script, so the strict CSP holds.
(() => {
  'use strict';

  if (!window.XMLHttpRequest || !window.FormData) {
    return;
  }

  const submitButtons = (form) => Array.from(form.querySelectorAll('button:not([type]), [type=submit]'));

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
    status.setAttribute('aria-live', 'polite');
    return { buttons, bar, status };
  }

  function insertAfter(anchor, element, form) {
    if (anchor && anchor.parentNode) {
      anchor.parentNode.insertBefore(element, anchor.nextSibling);
    } else {
      form.appendChild(element);
    }
  }

  // The browser's own check for size comes too late: the whole file would be sent first. The server checks again.
  function tooLargeInput(form) {
    return Array.from(form.querySelectorAll('input[type=file][data-max-bytes]')).find((input) => {
      const max = Number(input.dataset.maxBytes);
      return max > 0 && Array.from(input.files || []).some((file) => file.size > max);
    });
  }

  function enhance(form) {
    let sending = false;

    form.addEventListener('change', (event) => {
      if (event.target.matches && event.target.matches('input[type=file]')) {
        event.target.removeAttribute('aria-invalid');
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
      const { buttons, bar, status } = parts(form);

      const tooLarge = tooLargeInput(form);
      if (tooLarge) {
        tooLarge.setAttribute('aria-invalid', 'true');
        status.className = 'field-error';
        status.textContent = form.dataset.uploadTooLarge || '';
        tooLarge.focus();
        return;
      }

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
          window.location = xhr.responseURL;
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
