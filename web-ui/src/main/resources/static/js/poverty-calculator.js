// The poverty calculator, live: posts the form (with its CSRF token) to /poverty/calculator/evaluate as the officer
// types and swaps in the result; places field errors next to their fields; adds and removes member rows. Without
// this script the same form works by plain submits (the server handles addMember/removeMember itself).
(function () {
  'use strict';
  var form = document.getElementById('calculator');
  var result = document.getElementById('result');
  var template = document.getElementById('member-template');
  if (!form || !result || !window.fetch) {
    return;
  }
  var members = document.getElementById('members');
  var url = form.getAttribute('data-evaluate-url');
  var timer = null;
  var sequence = 0;

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(evaluate, 300);
  }

  function evaluate() {
    var mine = ++sequence;
    fetch(url, {
      method: 'POST',
      body: new URLSearchParams(new FormData(form)),
      headers: { 'X-Requested-With': 'fetch' },
      credentials: 'same-origin'
    }).then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return response.text();
    }).then(function (html) {
      if (mine !== sequence) {
        return; // an older answer arriving late must not overwrite a newer one
      }
      var holder = document.createElement('div');
      holder.innerHTML = html;
      var fresh = holder.querySelector('#result');
      if (fresh) {
        result.replaceWith(fresh);
        result = fresh;
        showFieldErrors();
      }
    }).catch(function () {
      // The submit button still works; nothing else to do.
    });
  }

  function showFieldErrors() {
    form.querySelectorAll('.is-invalid').forEach(function (el) { el.classList.remove('is-invalid'); });
    form.querySelectorAll('[data-live-error]').forEach(function (el) { el.remove(); });
    form.querySelectorAll('.invalid-feedback').forEach(function (el) { el.remove(); });
    result.querySelectorAll('[data-field-errors] li').forEach(function (li) {
      var field = li.getAttribute('data-field');
      var input = form.querySelector('[name="' + field.replace(/"/g, '') + '"]');
      var feedback = document.createElement('div');
      feedback.className = 'invalid-feedback d-block';
      feedback.setAttribute('data-live-error', '');
      feedback.textContent = li.textContent;
      if (input) {
        input.classList.add('is-invalid');
        input.insertAdjacentElement('afterend', feedback);
      } else if (field === 'members') {
        members.insertAdjacentElement('beforebegin', feedback);
      }
    });
  }

  function renumber() {
    members.querySelectorAll('.member-row').forEach(function (row, index) {
      row.querySelectorAll('[name]').forEach(function (el) {
        el.name = el.name.replace(/members\[(\d+|IDX)\]/, 'members[' + index + ']');
      });
      row.querySelectorAll('[id]').forEach(function (el) {
        el.id = el.id.replace(/members(\d+|IDX)\./, 'members' + index + '.');
      });
      row.querySelectorAll('label[for]').forEach(function (el) {
        el.htmlFor = el.htmlFor.replace(/members(\d+|IDX)\./, 'members' + index + '.');
      });
      var remove = row.querySelector('[data-remove-member]');
      if (remove) {
        remove.value = index;
      }
    });
  }

  form.addEventListener('click', function (event) {
    var add = event.target.closest('[data-add-member]');
    var remove = event.target.closest('[data-remove-member]');
    if (add && template) {
      event.preventDefault();
      members.appendChild(template.content.cloneNode(true));
      renumber();
      var rows = members.querySelectorAll('.member-row');
      var name = rows[rows.length - 1].querySelector('input[type="text"]');
      if (name) {
        name.focus();
      }
      schedule();
    } else if (remove) {
      event.preventDefault();
      remove.closest('.member-row').remove();
      renumber();
      schedule();
    }
  });
  // Enter in a field recalculates and nothing else. The browser's own Enter "clicks" the form's default button; the
  // page puts a hidden save button first for that, but with the script on, Enter must not save half-typed figures.
  form.addEventListener('keydown', function (event) {
    var t = event.target;
    if (event.key === 'Enter' && (t.tagName === 'SELECT' || (t.tagName === 'INPUT'
        && ['checkbox', 'radio', 'submit', 'button'].indexOf(t.type) < 0))) {
      event.preventDefault();
      schedule();
    }
  });
  form.addEventListener('input', schedule);
  form.addEventListener('change', schedule);
})();
