// Progress for record downloads: links inside an element marked data-download-progress are fetched as a stream, a
// <progress> shows the bytes received (against Content-Length when the server sends one, otherwise it runs without
// an end and the count of bytes shows), and the file is saved from a Blob under the server's file name.
// Progressive enhancement: without streams, Blob URLs or the download attribute the links work as plain links, and
// so does a ctrl/shift/middle click.
//
//   <ul data-download-progress data-download-receiving="正在下载" data-download-done="下载完成"
//       data-download-failed="下载中断,请重试。">
//     <li><a href="/cases/.../records/bundle.zip" download>签名证据包(ZIP)</a></li>
//
// For each link the script adds, after it: <span class="download-progress" data-download-for="(the link's href)">
// <progress data-download-progress-bar> <span data-download-status aria-live="polite"></span></span>.
// When the download is done the bar is full and the container gets data-download-state="done" (or "failed").
// Include with <script src="/static/js/download.js" defer></script>.
(() => {
  'use strict';

  const supported = typeof window.fetch === 'function'
    && typeof window.ReadableStream === 'function'
    && 'getReader' in ReadableStream.prototype
    && 'body' in Response.prototype
    && typeof window.Blob === 'function'
    && typeof URL.createObjectURL === 'function'
    && 'download' in HTMLAnchorElement.prototype;
  if (!supported) {
    return;
  }

  const lang = document.documentElement.lang || undefined;
  const kilobytes = new Intl.NumberFormat(lang, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 });
  const megabytes = new Intl.NumberFormat(lang, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 });
  const size = (bytes) => (bytes < 1024 * 1024 ? kilobytes.format(Math.ceil(bytes / 1024))
    : megabytes.format(bytes / (1024 * 1024)));

  // Content-Disposition: attachment; filename="ascii_fallback.zip"; filename*=UTF-8''%E8%B0%83...zip
  function fileName(response, link) {
    const header = response.headers.get('Content-Disposition') || '';
    const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
    if (extended) {
      try {
        return decodeURIComponent(extended[1].trim());
      } catch {
        // a malformed escape: fall through to the plain name
      }
    }
    const plain = /filename\s*=\s*"((?:\\.|[^"\\])*)"|filename\s*=\s*([^;]+)/.exec(header);
    if (plain) {
      return (plain[1] !== undefined ? plain[1].replace(/\\(.)/g, '$1') : plain[2]).trim();
    }
    return link.getAttribute('download') || new URL(link.href).pathname.split('/').pop() || 'download';
  }

  function save(blob, name) {
    const url = URL.createObjectURL(blob);
    const anchor = document.createElement('a');
    anchor.href = url;
    anchor.download = name;
    anchor.hidden = true;
    document.body.appendChild(anchor);
    anchor.click();
    anchor.remove();
    // Some browsers start the save after click() returns: keep the object URL alive for a while.
    window.setTimeout(() => URL.revokeObjectURL(url), 60000);
  }

  function parts(link) {
    let box = link.nextElementSibling;
    if (!box || !box.hasAttribute('data-download-for')) {
      box = document.createElement('span');
      box.className = 'download-progress';
      box.setAttribute('data-download-for', link.getAttribute('href'));
      box.hidden = true;
      const bar = document.createElement('progress');
      bar.setAttribute('data-download-progress-bar', '');
      const status = document.createElement('span');
      status.setAttribute('data-download-status', '');
      status.setAttribute('aria-live', 'polite');
      box.append(bar, status);
      link.after(box);
    }
    return {
      box,
      bar: box.querySelector('[data-download-progress-bar]'),
      status: box.querySelector('[data-download-status]'),
    };
  }

  function enhance(container) {
    const texts = container.dataset;
    container.querySelectorAll('a[href]').forEach((link) => {
      const { box, bar, status } = parts(link);
      bar.setAttribute('aria-label', `${texts.downloadReceiving || ''} ${link.textContent.trim()}`.trim());
      let busy = false;

      link.addEventListener('click', async (event) => {
        if (event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey
          || event.altKey) {
          return;
        }
        event.preventDefault();
        if (busy) {
          return;
        }
        busy = true;
        link.setAttribute('aria-busy', 'true');
        box.hidden = false;
        box.setAttribute('data-download-state', 'receiving');
        bar.hidden = false;
        bar.removeAttribute('value');
        status.className = '';
        status.textContent = texts.downloadReceiving || '';

        let received = 0;
        let lastShown = 0;
        const show = (total, force) => {
          if (total > 0 && received <= total) {
            bar.max = total;
            bar.value = received;
          } else {
            // Unknown length (the server streams as it builds), or more bytes than announced: no end to show.
            bar.removeAttribute('value');
          }
          // Rewrite the live text at most once a second so a screen reader is not flooded; the bar moves freely.
          const now = Date.now();
          if (force || now - lastShown >= 1000) {
            lastShown = now;
            const of = total > 0 && received <= total
              ? ` / ${size(total)} (${Math.floor((received / total) * 100)}%)` : '';
            status.textContent = `${texts.downloadReceiving || ''} ${size(received)}${of}`.trim();
          }
        };

        try {
          const response = await fetch(link.href, { credentials: 'same-origin' });
          if (!response.ok || response.redirected || !response.body) {
            // Not the file (signed out, no access, gone): let the browser show the server's own answer.
            box.hidden = true;
            box.removeAttribute('data-download-state');
            window.location.assign(link.href);
            return;
          }
          const total = Number(response.headers.get('Content-Length')) || 0;
          const reader = response.body.getReader();
          const chunks = [];
          show(total, true);
          for (;;) {
            const { done, value } = await reader.read();
            if (done) {
              break;
            }
            chunks.push(value);
            received += value.byteLength;
            show(total, false);
          }
          save(new Blob(chunks, { type: response.headers.get('Content-Type') || 'application/octet-stream' }),
            fileName(response, link));
          bar.max = Math.max(received, 1);
          bar.value = bar.max;
          box.setAttribute('data-download-state', 'done');
          status.textContent = `${texts.downloadDone || ''} (${size(received)})`.trim();
        } catch {
          box.setAttribute('data-download-state', 'failed');
          bar.hidden = true;
          status.className = 'field-error';
          status.textContent = texts.downloadFailed || '';
        } finally {
          busy = false;
          link.removeAttribute('aria-busy');
        }
      });
    });
  }

  document.querySelectorAll('[data-download-progress]').forEach(enhance);
})();
