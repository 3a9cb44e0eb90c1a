// An upload with a progress bar (the review sheet, the register import): sends the file in the background (with
// the form's CSRF token), then polls the check's progress and opens the result page when it is done. The form names
// its progress box (data-progress) and its confirm form (data-confirm); data-confirm-background="true" runs the write
// in the background too, with the bar following it, instead of a plain submit under a full bar.
// Without this script both forms work by plain submits: the server answers when the check (or the write) is done.
(function () {
  'use strict';
  var form = document.querySelector('form[data-progress]');
  var box = form && document.getElementById(form.getAttribute('data-progress'));
  if (!form || !box || !window.fetch || !window.FormData) {
    return;
  }
  var bar = box.querySelector('.progress-bar');
  var meter = box.querySelector('.progress');
  var status = box.querySelector('[data-role="status"]');

  function show(percent, phase) {
    box.classList.remove('d-none');
    bar.style.width = percent + '%';
    bar.textContent = percent + '%';
    meter.setAttribute('aria-valuenow', String(percent));
    if (phase && status.getAttribute('data-' + phase)) {
      status.textContent = status.getAttribute('data-' + phase);
    }
  }

  function fail() {
    status.textContent = form.getAttribute('data-error-text');
    bar.classList.remove('progress-bar-animated');
    bar.classList.add('bg-danger');
  }

  function poll(progressUrl, resultUrl) {
    fetch(progressUrl, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.json();
      })
      .then(function (p) {
        show(p.percent, p.phase);
        if (p.finished) {
          window.location.assign(resultUrl);
        } else {
          setTimeout(function () { poll(progressUrl, resultUrl); }, 400);
        }
      })
      .catch(fail);
  }

  /** Posts a form in the background and follows the job it starts. */
  function sendInBackground(which) {
    fetch(which.action, {
      method: 'POST',
      body: new FormData(which),
      credentials: 'same-origin',
      headers: { 'X-Requested-With': 'fetch', 'Accept': 'application/json' }
    })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.json();
      })
      .then(function (started) {
        poll(started.progressUrl, started.resultUrl);
      })
      .catch(fail);
  }

  form.addEventListener('submit', function (event) {
    if (!form.checkValidity()) {
      return;
    }
    event.preventDefault();
    show(0, 'read');
    sendInBackground(form);
  });

  var confirm = form.getAttribute('data-confirm') && document.getElementById(form.getAttribute('data-confirm'));
  if (confirm) {
    var background = form.getAttribute('data-confirm-background') === 'true';
    confirm.addEventListener('submit', function (event) {
      if (background) {
        event.preventDefault();
        show(40, 'write');
        sendInBackground(confirm);
      } else {
        show(100, 'write');
        bar.textContent = '';
      }
    });
  }
})();
