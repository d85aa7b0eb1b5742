/* Signpost: "Exit this page" (modelled on the GOV.UK Design System) and the
   "Print this page" button. Nothing is stored and nothing is sent anywhere.
   Without JavaScript the exit button is still an ordinary link. */
(function () {
  'use strict';

  var root = document.documentElement;
  var box = document.querySelector('.exit-this-page');
  var button = box && box.querySelector('.exit-button');

  if (button) {
    var status = box.querySelector('[data-exit-status]');
    var presses = 0;
    var timer = null;
    var lastKeyHadShift = false;

    // Hide the page at once, then replace it in the history so that Back
    // does not come back to it.
    var leave = function (event) {
      if (event) {
        event.preventDefault();
      }
      root.classList.add('exiting');
      // What a page holds that the reader typed (the search box) is
      // cleared before leaving (static/js/search.js listens).
      document.dispatchEvent(new Event('signpost:exit'));
      var overlay = document.createElement('div');
      overlay.className = 'exit-overlay';
      document.body.appendChild(overlay);
      window.location.replace(button.href);
    };

    var show = function (count, message) {
      presses = count;
      box.setAttribute('data-presses', String(count));
      status.textContent = message;
    };

    var reset = function (message) {
      window.clearTimeout(timer);
      timer = null;
      show(0, message || '');
    };

    var links = document.querySelectorAll('[data-exit]');
    for (var i = 0; i < links.length; i += 1) {
      links[i].addEventListener('click', leave);
    }

    // Shift pressed on its own three times, each within 5 seconds of the
    // last, leaves the page; any other key starts the count again.
    document.addEventListener('keyup', function (event) {
      if (event.key === 'Shift' && !lastKeyHadShift) {
        window.clearTimeout(timer);
        if (presses + 1 >= 3) {
          reset();
          leave();
        } else {
          show(presses + 1, box.getAttribute(presses === 0 ? 'data-press-two' : 'data-press-one'));
          timer = window.setTimeout(function () {
            reset(box.getAttribute('data-expired'));
          }, 5000);
        }
      } else if (presses > 0) {
        reset();
      }
      lastKeyHadShift = event.shiftKey;
    });

    // A page restored from the back/forward cache must not stay hidden.
    window.addEventListener('pageshow', function (event) {
      if (event.persisted) {
        root.classList.remove('exiting');
        var overlays = document.querySelectorAll('.exit-overlay');
        for (var j = 0; j < overlays.length; j += 1) {
          overlays[j].remove();
        }
        reset();
      }
    });
  }

  var printButtons = document.querySelectorAll('[data-print]');
  for (var k = 0; k < printButtons.length; k += 1) {
    printButtons[k].hidden = false;
    printButtons[k].addEventListener('click', function () {
      window.print();
    });
  }
})();
