/* Quick exit (S44): leave at once for a neutral page, without leaving this page in the history.
   The link works without scripts too; with them, Escape pressed twice does the same. */
(function () {
  'use strict';
  function leave(href) {
    window.location.replace(href);
  }
  document.addEventListener('click', function (event) {
    var link = event.target.closest ? event.target.closest('a.quick-exit') : null;
    if (link) {
      event.preventDefault();
      leave(link.href);
    }
  });
  var last = 0;
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape') {
      return;
    }
    var now = Date.now();
    if (now - last < 1000) {
      var link = document.querySelector('a.quick-exit');
      if (link) {
        leave(link.href);
      }
    }
    last = now;
  });
})();
