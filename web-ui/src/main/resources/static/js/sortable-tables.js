// Client-side sorting of small tables (issue 13): a header <th data-sort> becomes a button that sorts the rows of
// its table's <tbody>. Progressive enhancement: without this script the table keeps the server's order.
//  - data-sort="text" (default): Vietnamese order (Intl.Collator 'vi'), "Định An" after "Đại An", "Ấp" after "Ân".
//  - data-sort="number": Vietnamese figures, "1.500.000 đ", "5,36%", "-2", "1.234,5"; an empty cell sorts last.
//  - data-sort="date": dd/MM/yyyy, with an optional time "dd/MM/yyyy HH:mm".
// A cell may carry data-sort-value to sort by something other than its text. Rows in <tfoot> (the total row)
// never move. aria-sort on the header tells a screen reader the order.
(function () {
  'use strict';

  var collator = new Intl.Collator('vi', { numeric: true });

  /** "1.500.000 đ" → 1500000, "5,36%" → 5.36, "" → null. */
  function parseNumber(text) {
    var t = text.replace(/\s/g, '').replace(/[^\d.,+\-−]/g, '').replace('−', '-');
    if (!/\d/.test(t)) {
      return null;
    }
    t = t.replace(/\./g, '').replace(',', '.');
    var n = parseFloat(t);
    return isNaN(n) ? null : n;
  }

  /** "05/03/2025" or "05/03/2025 14:30" → a comparable number, or null. */
  function parseDate(text) {
    var m = /(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\D+(\d{1,2}):(\d{2}))?/.exec(text);
    if (!m) {
      return null;
    }
    return Number(m[3]) * 1e8 + Number(m[2]) * 1e6 + Number(m[1]) * 1e4
      + Number(m[4] || 0) * 100 + Number(m[5] || 0);
  }

  function cellText(row, index) {
    var cell = row.cells[index];
    if (!cell) {
      return '';
    }
    return cell.hasAttribute('data-sort-value') ? cell.getAttribute('data-sort-value') : cell.textContent.trim();
  }

  function compare(kind, a, b) {
    if (kind === 'number' || kind === 'date') {
      var x = kind === 'number' ? parseNumber(a) : parseDate(a);
      var y = kind === 'number' ? parseNumber(b) : parseDate(b);
      if (x === null && y === null) {
        return 0;
      }
      if (x === null) {
        return 1;
      }
      if (y === null) {
        return -1;
      }
      return x - y;
    }
    return collator.compare(a, b);
  }

  /** The column index of a header cell, counting colspans of the cells before it. */
  function columnOf(th) {
    var index = 0;
    var cell = th.previousElementSibling;
    while (cell) {
      index += cell.colSpan || 1;
      cell = cell.previousElementSibling;
    }
    return index;
  }

  function sortBy(th) {
    var table = th.closest('table');
    if (!table) {
      return;
    }
    var kind = th.getAttribute('data-sort') || 'text';
    var ascending = th.getAttribute('aria-sort') !== 'ascending';
    var index = columnOf(th);
    table.querySelectorAll('thead th[data-sort]').forEach(function (other) {
      other.setAttribute('aria-sort', 'none');
    });
    th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    Array.prototype.forEach.call(table.tBodies, function (body) {
      var all = Array.prototype.slice.call(body.rows);
      // A row of one cell spanning the table ("no rows", "small groups hidden") is a note: it stays last.
      var notes = all.filter(function (row) { return row.cells.length === 1; });
      var rows = all.filter(function (row) { return row.cells.length !== 1; });
      if (rows.length < 2) {
        return;
      }
      var keyed = rows.map(function (row, i) {
        return { row: row, key: cellText(row, index), i: i };
      });
      keyed.sort(function (p, q) {
        var c = compare(kind, p.key, q.key);
        if (c === 0) {
          return p.i - q.i; // stable: equal keys keep their previous order
        }
        // Empty cells stay last whichever the direction.
        if (kind !== 'text' && (p.key === '' || q.key === '')) {
          return c;
        }
        return ascending ? c : -c;
      });
      keyed.forEach(function (k) {
        body.appendChild(k.row);
      });
      notes.forEach(function (row) {
        body.appendChild(row);
      });
    });
  }

  function enhance(root) {
    root.querySelectorAll('thead th[data-sort]').forEach(function (th) {
      if (th.querySelector('button.sort-button')) {
        return;
      }
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort-button';
      while (th.firstChild) {
        button.appendChild(th.firstChild);
      }
      th.appendChild(button);
      th.classList.add('sortable');
      if (!th.hasAttribute('aria-sort')) {
        th.setAttribute('aria-sort', 'none');
      }
    });
  }

  document.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('th[data-sort] button.sort-button') : null;
    if (button) {
      sortBy(button.closest('th'));
    }
  });

  document.addEventListener('DOMContentLoaded', function () {
    enhance(document);
  });

  document.addEventListener('htmx:afterSwap', function (event) {
    enhance(event.target.parentNode || document);
  });
}());
