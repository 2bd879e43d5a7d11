// Progressive enhancement only: every page works without this script.
// - forms with data-confirm ask before submitting (deletes);
// - a refused form moves focus to its error summary so it is read out;
// - the township list of the site form narrows to the chosen district.
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
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ready);
  else ready();
})();
