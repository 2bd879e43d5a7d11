// Progressive enhancement only: every page works without this script.
// - forms with data-confirm ask before submitting (deletes);
// - a refused form moves focus to its error summary so it is read out;
// - the township list of the site form narrows to the chosen district;
// - roster grids move focus with the arrow keys (one tab stop per grid; Enter opens a seat);
// - a solving roster follows its progress over server-sent events and reloads when done.
(function () {
  'use strict';
  document.addEventListener('submit', function (e) {
    var form = e.target;
    var msg = form && form.getAttribute && form.getAttribute('data-confirm');
    if (msg && !window.confirm(msg)) e.preventDefault();
  });

  function ready() {
    var problem = document.getElementById('form-problem');
    if (problem) problem.focus();

    var district = document.getElementById('f-districtCode');
    var township = document.getElementById('f-townshipCode');
    if (district && township) {
      var narrow = function () {
        var groups = township.querySelectorAll('optgroup');
        for (var i = 0; i < groups.length; i++) {
          var g = groups[i];
          var match = !district.value || g.getAttribute('data-value') === district.value;
          g.hidden = !match;
          g.disabled = !match;
        }
        var chosen = township.selectedOptions && township.selectedOptions[0];
        if (chosen && chosen.parentElement && chosen.parentElement.disabled) township.value = '';
      };
      district.addEventListener('change', narrow);
      narrow();
    }
  }
  // Keyboard grid: units are the links of a cell, or the cell itself when it has none.
  function grid(table) {
    var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr'));
    var cells = rows.map(function (tr) { return Array.prototype.slice.call(tr.children); });
    function units(cell) {
      var links = cell.querySelectorAll('a');
      return links.length ? Array.prototype.slice.call(links) : [cell];
    }
    var all = [];
    cells.forEach(function (row) { row.forEach(function (cell) { units(cell).forEach(function (u) { all.push(u); }); }); });
    if (!all.length) return;
    all.forEach(function (u) { u.tabIndex = -1; });
    all[0].tabIndex = 0;
    function where(el) {
      for (var r = 0; r < cells.length; r++) for (var c = 0; c < cells[r].length; c++) {
        var us = units(cells[r][c]);
        var i = us.indexOf(el);
        if (i >= 0) return { r: r, c: c, i: i, n: us.length };
      }
      return null;
    }
    function go(r, c, pick) {
      if (r < 0 || r >= cells.length || c < 0 || c >= cells[r].length) return;
      var us = units(cells[r][c]);
      var target = us[pick === 'last' ? us.length - 1 : Math.min(pick || 0, us.length - 1)];
      all.forEach(function (u) { u.tabIndex = -1; });
      target.tabIndex = 0;
      target.focus();
    }
    table.addEventListener('keydown', function (e) {
      var at = where(document.activeElement);
      if (!at) return;
      var k = e.key;
      if (k === 'ArrowRight') go(at.r, at.c + 1, at.i);
      else if (k === 'ArrowLeft') go(at.r, at.c - 1, at.i);
      else if (k === 'ArrowDown') { if (at.i < at.n - 1) go(at.r, at.c, at.i + 1); else go(at.r + 1, at.c, 0); }
      else if (k === 'ArrowUp') { if (at.i > 0) go(at.r, at.c, at.i - 1); else go(at.r - 1, at.c, 'last'); }
      else if (k === 'Home') go(at.r, 0, 0);
      else if (k === 'End') go(at.r, cells[at.r].length - 1, 0);
      else return;
      e.preventDefault();
    });
  }

  function fill(tpl, values) {
    return tpl.replace(/\{(\w+)\}/g, function (m, k) { return k in values ? values[k] : m; });
  }
  function round(n) { return Math.abs(n) >= 100 ? String(Math.round(n)) : String(Math.round(n * 10) / 10); }

  // Live progress: the page's own /roster/{id}/events relays the API's stream with the session.
  function progress(panel) {
    if (!window.EventSource) return;
    var field = function (name) { return panel.querySelector('[data-field="' + name + '"]'); };
    var source = new EventSource(panel.getAttribute('data-events'));
    function show(data) {
      var status = panel.getAttribute('data-status-' + data.status);
      if (status) field('status').textContent = status;
      var p = data.progress || {};
      if (typeof p.elapsedMs === 'number') {
        field('elapsed').textContent = fill(panel.getAttribute('data-elapsed-template'), { s: (p.elapsedMs / 1000).toFixed(1) });
        field('bar').value = Math.min(p.elapsedMs / 1000, Number(field('bar').max));
      }
      var s = p.score || data.score;
      if (s) field('score').textContent = fill(panel.getAttribute('data-score-template'), { hard: round(s.hard), medium: round(s.medium), soft: round(s.soft) });
      if (typeof p.iterations === 'number') field('iterations').textContent = String(p.iterations);
    }
    source.addEventListener('progress', function (e) { show(JSON.parse(e.data)); });
    source.addEventListener('done', function (e) {
      source.close();
      show(JSON.parse(e.data));
      field('status').textContent = panel.getAttribute('data-status-done');
      window.location.reload();
    });
    source.onerror = function () { source.close(); };
  }

  function enhance() {
    Array.prototype.forEach.call(document.querySelectorAll('table[data-grid]'), grid);
    var panel = document.getElementById('progress');
    if (panel && panel.getAttribute('data-events')) progress(panel);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', enhance);
  else enhance();

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ready);
  else ready();
})();
