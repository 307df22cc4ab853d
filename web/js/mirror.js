// mirror.js — a visually hidden DOM mirror of the screen the canvas shows (issue 7; WCAG 2.1 AA 1.1.1, 1.3.1,
// 4.1.2, 4.1.3): heading, question, answer options with the chosen one, fields with their values, buttons, and
// on the assessment screen the verdicts with their explanations (core's explain_lines). Data: the app's
// wams_a11y_snapshot_json() (shell/app/a11y_mirror.cpp). A polite live region announces a new screen or question.
// Event-driven like the app (render-on-input): it re-reads the snapshot shortly after input, never on a timer
// while nothing happens, so an idle page stays idle.
'use strict';
(function () {
  var WORDS = {
    nl: { chosen: 'gekozen', answers: 'Antwoorden', controls: 'Bediening', explanation: 'Uitleg', mirror: 'Tekstversie van het scherm' },
    en: { chosen: 'chosen', answers: 'Answers', controls: 'Controls', explanation: 'Explanation', mirror: 'Text version of the screen' },
  };
  var root, live, last = '', lastAnnounced = '', pending = [];

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    for (var k in attrs) e.setAttribute(k, attrs[k]);
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function build() {
    root = el('section', { id: 'wams-mirror', 'class': 'visually-hidden', 'aria-labelledby': 'wams-mirror-title' });
    live = el('div', { id: 'wams-live', 'class': 'visually-hidden', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' });
    document.body.appendChild(root);
    document.body.appendChild(live);
  }

  function render(snap) {
    var w = WORDS[snap.lang === 'en' ? 'en' : 'nl'];
    var frag = document.createDocumentFragment();
    frag.appendChild(el('h1', { id: 'wams-mirror-title' }, snap.title || 'Wams Wegwijzer'));
    var question = null, options = [], fields = [], controls = [];
    (snap.items || []).forEach(function (it) {
      if (!it.label || it.label === 'ready') return;
      if (it.kind === 'text') frag.appendChild(el('p', { 'data-id': it.id }, it.label));
      else if (it.kind === 'question') question = it;
      else if (it.kind === 'option') options.push(it);
      else if (it.kind === 'field') fields.push(it);
      else controls.push(it);
    });
    if (question) frag.appendChild(el('h2', { 'data-id': question.id }, question.label));
    if (options.length || fields.length) {
      frag.appendChild(el('h2', {}, w.answers));
      var ul = el('ul', {});
      fields.forEach(function (f) {
        ul.appendChild(el('li', { 'data-id': f.id }, f.label + (f.value !== undefined ? ': ' + f.value : '')));
      });
      options.forEach(function (o) {
        var li = el('li', { 'data-id': o.id }, o.label + (o.checked ? ' (' + w.chosen + ')' : ''));
        if (o.checked) li.setAttribute('aria-current', 'true');
        ul.appendChild(li);
      });
      frag.appendChild(ul);
    }
    if (snap.explanation && snap.explanation.length) {
      frag.appendChild(el('h2', {}, w.explanation));
      var list = el('ul', {});
      snap.explanation.forEach(function (l) {
        var li = el('li', { 'data-kind': l.kind, 'data-depth': String(l.depth) }, l.text);
        list.appendChild(li);
      });
      frag.appendChild(list);
    }
    if (controls.length) {
      frag.appendChild(el('h2', {}, w.controls));
      var cl = el('ul', {});
      controls.forEach(function (c) {
        cl.appendChild(el('li', { 'data-id': c.id }, c.label + (c.id === snap.focused ? ' ◀' : '')));
      });
      frag.appendChild(cl);
    }
    root.setAttribute('lang', snap.lang || 'nl');
    root.setAttribute('aria-label', w.mirror);
    root.replaceChildren(frag);
    var announce = (snap.title || '') + (question ? ' — ' + question.label : '');
    if (announce !== lastAnnounced) {
      live.textContent = announce;
      lastAnnounced = announce;
    }
  }

  function update() {
    if (!window.wamsReady || typeof Module === 'undefined' || !Module.ccall) return;
    var text = Module.ccall('wams_a11y_snapshot_json', 'string', [], []);
    if (text === last) return;
    last = text;
    try { render(JSON.parse(text)); } catch (e) { console.warn('mirror: ' + e); }
    window.wamsMirrorUpdates = (window.wamsMirrorUpdates || 0) + 1;
  }

  // After input the app draws a few frames; read the result once it settled (two short delays, then stop).
  function soon() {
    pending.forEach(clearTimeout);
    pending = [setTimeout(update, 80), setTimeout(update, 300)];
  }
  window.wamsMirrorUpdate = update;

  build();
  ['keyup', 'pointerup', 'wheel', 'drop', 'paste'].forEach(function (t) {
    window.addEventListener(t, soon, { passive: true, capture: true });
  });
  (function wait() { if (window.wamsReady) soon(); else setTimeout(wait, 100); })();
})();
