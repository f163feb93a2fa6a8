/* Copies the value of the field named by a button's data-copy attribute, and says so (A2). */
(function () {
  document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-copy]');
    if (!button) {
      return;
    }
    var field = document.getElementById(button.getAttribute('data-copy'));
    var status = document.getElementById('copy-status');
    field.select();
    var done = function () {
      if (status) {
        status.textContent = button.getAttribute('data-copied');
      }
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(field.value).then(done, function () {
        document.execCommand('copy');
        done();
      });
    } else {
      document.execCommand('copy');
      done();
    }
  });
})();
