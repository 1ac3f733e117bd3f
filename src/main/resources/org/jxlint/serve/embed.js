// The report inside the page: each marked cell carries the numbers of its findings, and a click
// on a finding brings its cell into view and makes it flash (also when a cell has several).
(function () {
  document.querySelectorAll('ol.findings').forEach(function (ol) {
    Array.prototype.forEach.call(ol.children, function (li, i) { li.dataset.n = String(i + 1); });
  });
  document.querySelectorAll('td.hit').forEach(function (td) {
    td.dataset.findings.split(' ').forEach(function (id) {
      var li = document.getElementById(id);
      if (!li) { return; }
      var badge = document.createElement('sup');
      badge.className = 'badge sev-' + li.dataset.severity;
      badge.textContent = li.dataset.n;
      td.appendChild(badge);
    });
  });
  document.querySelectorAll('ol.findings li').forEach(function (li) {
    li.addEventListener('click', function () {
      var td = document.querySelector('td[data-findings~="' + li.id + '"]');
      if (!td) { return; }
      td.scrollIntoView({block: 'center'});
      td.classList.remove('flash');
      void td.offsetWidth;
      td.classList.add('flash');
    });
  });
})();
