// pwa.js — registers the service worker (web/sw.js) after the app drew its first frame, and shows a visible
// notice when a new version is waiting: "Nieuwe versie beschikbaar — herladen als u klaar bent". The page is
// never reloaded on its own: only the user's click activates the new version (then one reload).
'use strict';
(function () {
  if (!('serviceWorker' in navigator)) return;
  var TEXT = {
    nl: { msg: 'Nieuwe versie beschikbaar — herladen als u klaar bent.', btn: 'Herladen' },
    en: { msg: 'New version available — reload when you are done.', btn: 'Reload' },
  };
  var userAsked = false;

  function showUpdate(worker) {
    if (document.getElementById('wams-update')) return;
    var t = TEXT[document.documentElement.lang === 'en' ? 'en' : 'nl'];
    var box = document.createElement('div');
    box.id = 'wams-update';
    box.setAttribute('role', 'status');
    var p = document.createElement('span');
    p.textContent = t.msg + ' ';
    var b = document.createElement('button');
    b.type = 'button';
    b.id = 'wams-update-reload';
    b.textContent = t.btn;
    b.addEventListener('click', function () { userAsked = true; worker.postMessage('wams-activate-update'); });
    box.appendChild(p);
    box.appendChild(b);
    document.body.appendChild(box);
    window.wamsUpdateWaiting = true;
  }

  function watch(reg) {
    if (reg.waiting && navigator.serviceWorker.controller) showUpdate(reg.waiting);
    reg.addEventListener('updatefound', function () {
      var w = reg.installing;
      if (!w) return;
      w.addEventListener('statechange', function () {
        // 'installed' with a controller = an update (the first install has no controller: nothing to say).
        if (w.state === 'installed' && navigator.serviceWorker.controller) showUpdate(w);
      });
    });
  }

  navigator.serviceWorker.addEventListener('controllerchange', function () {
    if (userAsked) window.location.reload();   // only after the user clicked "Herladen"
  });

  function register() {
    navigator.serviceWorker.register('sw.js').then(function (reg) {
      if (!reg) return;  // registration blocked (e.g. a test context without service workers)
      window.wamsServiceWorker = reg;
      watch(reg);
    }, function (err) { console.warn('service worker: ' + err); });
  }
  // After the first frame, so registration never competes with start-up.
  (function wait() { if (window.wamsReady) register(); else setTimeout(wait, 200); })();
})();
