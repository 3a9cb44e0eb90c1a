// The register import with a progress bar: sends the file in the background (with the form's CSRF token), then
// polls the check's progress and opens the result page when it is done. Writing after "Xác nhận" shows a bar too.
// Without this script both forms work by plain submits: the server answers when the check (or the write) is done.
(function () {
  'use strict';
  var form = document.getElementById('import-upload');
  var box = document.getElementById('import-progress');
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

  form.addEventListener('submit', function (event) {
    if (!form.checkValidity()) {
      return;
    }
    event.preventDefault();
    show(0, 'read');
    fetch(form.action, {
      method: 'POST',
      body: new FormData(form),
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
  });

  // The write runs in the background too: the bar follows it, then the result page opens.
  var confirm = document.getElementById('import-confirm');
  if (confirm) {
    confirm.addEventListener('submit', function (event) {
      event.preventDefault();
      show(40, 'write');
      fetch(confirm.action, {
        method: 'POST',
        body: new FormData(confirm),
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
    });
  }
})();
