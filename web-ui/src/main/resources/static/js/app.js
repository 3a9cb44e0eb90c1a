// Behaviour shared by every page (issue 13), all progressive enhancement: each page works without it.
//  - [data-grouped]: money and quantity boxes show Vietnamese grouping as the officer types ("500.000", "2,5").
//  - [data-date]: dd/MM/yyyy boxes get their slashes as digits are typed.
//  - [data-print]: the print button.
//  - [data-confirm]: forms or buttons whose step cannot be undone ask first.
//  - [data-select-all]: a header check box that ticks every row check box of its table.
//  - [data-live-total]: a preview whose summary line follows the ticked rows.
//  - [data-error-summary]: the error summary of a form takes the focus, so the officer sees every error at once.
(function () {
  'use strict';

  function groupDigits(digits) {
    return digits.replace(/^0+(?=\d)/, '').replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  }

  // "1500000" → "1.500.000"; "1234,5" → "1.234,5". Keeps the caret after the same number of digits.
  function formatGrouped(input) {
    var raw = input.value;
    if (!/^[\d.,\s]*$/.test(raw)) {
      return; // leave text that is no number to the server's message
    }
    var caretDigits = raw.slice(0, input.selectionStart == null ? raw.length : input.selectionStart)
      .replace(/[^\d,]/g, '').length;
    var comma = raw.indexOf(',');
    var whole = (comma < 0 ? raw : raw.slice(0, comma)).replace(/\D/g, '');
    var decimals = comma < 0 ? null : raw.slice(comma + 1).replace(/\D/g, '');
    var text = (whole === '' ? (decimals === null ? '' : '0') : groupDigits(whole))
      + (decimals === null ? '' : ',' + decimals);
    if (text === raw) {
      return;
    }
    input.value = text;
    if (document.activeElement === input) {
      var seen = 0;
      var pos = 0;
      while (pos < text.length && seen < caretDigits) {
        if (/[\d,]/.test(text.charAt(pos))) {
          seen++;
        }
        pos++;
      }
      input.setSelectionRange(pos, pos);
    }
  }

  function formatDate(input, event) {
    if (event && event.inputType && event.inputType.indexOf('delete') === 0) {
      return; // let the officer delete a slash
    }
    var v = input.value;
    if (/^\d{2}$/.test(v) || /^\d{2}\/\d{2}$/.test(v)) {
      input.value = v + '/';
    } else if (/^\d{8}$/.test(v)) {
      input.value = v.slice(0, 2) + '/' + v.slice(2, 4) + '/' + v.slice(4);
    }
  }

  var money = new Intl.NumberFormat('vi-VN');

  function updateLiveTotal(box) {
    var rows = box.querySelectorAll('input[type="checkbox"][data-amount]');
    var count = 0;
    var amount = 0;
    var quantity = 0;
    rows.forEach(function (cb) {
      if (cb.checked && !cb.disabled) {
        count++;
        amount += Number(cb.getAttribute('data-amount')) || 0;
        quantity += Number(cb.getAttribute('data-quantity')) || 0;
      }
    });
    var out = box.querySelector('[data-live-summary]');
    if (out) {
      var total = box.hasAttribute('data-unit')
        ? money.format(quantity) + ' ' + box.getAttribute('data-unit')
        : money.format(amount) + ' đ';
      out.textContent = out.getAttribute('data-template')
        .replace('%N%', money.format(count)).replace('%T%', total);
    }
    box.querySelectorAll('[data-live-count]').forEach(function (el) {
      el.textContent = money.format(count);
    });
    box.querySelectorAll('[data-needs-selection]').forEach(function (el) {
      el.disabled = count === 0;
    });
  }

  function init(root) {
    root.querySelectorAll('[data-grouped]').forEach(function (input) {
      formatGrouped(input);
    });
    root.querySelectorAll('[data-live-total]').forEach(updateLiveTotal);
  }

  document.addEventListener('input', function (event) {
    var t = event.target;
    if (t.matches && t.matches('[data-grouped]')) {
      formatGrouped(t);
    } else if (t.matches && t.matches('[data-date]')) {
      formatDate(t, event);
    }
  });

  document.addEventListener('change', function (event) {
    var t = event.target;
    if (!t.matches) {
      return;
    }
    if (t.matches('[data-select-all]')) {
      var table = t.closest('table') || document;
      table.querySelectorAll('tbody input[type="checkbox"]').forEach(function (cb) {
        if (!cb.disabled) {
          cb.checked = t.checked;
        }
      });
    }
    var box = t.closest('[data-live-total]');
    if (box) {
      updateLiveTotal(box);
    }
  });

  document.addEventListener('click', function (event) {
    var t = event.target.closest ? event.target.closest('[data-print]') : null;
    if (t) {
      window.print();
    }
    var pick = event.target.closest ? event.target.closest('[data-lookup-value]') : null;
    if (pick) {
      var input = document.getElementById(pick.getAttribute('data-lookup-for'));
      if (input) {
        input.value = pick.getAttribute('data-lookup-value');
        input.focus();
      }
      var box = pick.closest('.lookup-box');
      if (box) {
        box.innerHTML = '';
      }
      return;
    }
    var c = event.target.closest ? event.target.closest('button[data-confirm], input[data-confirm]') : null;
    if (c && !window.confirm(c.getAttribute('data-confirm'))) {
      event.preventDefault();
    }
  });

  document.addEventListener('submit', function (event) {
    var f = event.target;
    if (f.hasAttribute && f.hasAttribute('data-confirm') && !window.confirm(f.getAttribute('data-confirm'))) {
      event.preventDefault();
    }
  });

  document.addEventListener('DOMContentLoaded', function () {
    init(document);
    var summary = document.querySelector('[data-error-summary]');
    if (summary) {
      summary.focus();
    }
  });

  // A look-up list belongs to its box: it closes when the officer moves on to another field, and an answer that
  // arrives after that is not shown over the next fields.
  function lookupOpenFor(box) {
    var input = document.getElementById(box.id.replace(/-lookup$/, ''));
    return input && document.activeElement === input;
  }

  document.addEventListener('focusin', function (event) {
    document.querySelectorAll('.lookup-box').forEach(function (box) {
      var input = document.getElementById(box.id.replace(/-lookup$/, ''));
      if (event.target !== input && !box.contains(event.target)) {
        box.innerHTML = '';
      }
    });
  });

  // Parts that htmx swaps in (sorted tables, filtered lists, name look-ups) get the same behaviour.
  document.addEventListener('htmx:afterSwap', function (event) {
    var t = event.target;
    if (t.classList && t.classList.contains('lookup-box') && !lookupOpenFor(t)) {
      t.innerHTML = '';
      return;
    }
    init(t);
  });
}());
