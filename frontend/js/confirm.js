// Asks before a form with data-confirm="..." is sent (withdrawing a resumption application). Cancel keeps the page
// as it is, typed text included. Without this script the form is sent at once, as the page's own text warns.
//
//   <form method="post" action="..." data-confirm="确定撤回这份申请吗?">
//
// Listens in the capture phase on the document, so a refusal also stops other scripts' submit handlers (upload.js).
// Include with <script src="/static/js/confirm.js" defer></script>.
(() => {
  'use strict';

  if (typeof window.confirm !== 'function') {
    return;
  }

  document.addEventListener('submit', (event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.hasAttribute('data-confirm')) {
      return;
    }
    const question = form.getAttribute('data-confirm');
    if (question && !window.confirm(question)) {
      event.preventDefault();
      event.stopPropagation();
    }
  }, true);
})();
