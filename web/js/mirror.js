// mirror.js — the accessible DOM layer over the canvas (issue 7, issue 18 §1; docs/accessibility.md). Every widget
// the app drew in its last frame becomes a real element — <button>, <fieldset><legend> + <input type=radio>,
// <input type=checkbox>, <input type=text>, <h2>, <p>, the cells of data tables in role table / row / cell, a drop-down
// choice as a button with aria-expanded and, while open, its entries as toggle buttons in a fieldset — keyed by
// the widget's stable id and placed over it
// (absolute, transparent), so a screen reader, a magnifier or touch exploration finds it where the canvas shows it.
// Data: the app's wams_a11y_snapshot_json() (shell/app/a11y_mirror.cpp). Always on, no opt-in.
//
// Actions flow back by id: activating a button/radio/checkbox, focusing an element or typing into a field calls
// wams_a11y_act(id, action, value); the app applies it in its next frame through the widget's own code path.
// Focus follows both ways: DOM focus → the app's keyboard focus ("focus" action); the app's focus → DOM focus, but
// only while the DOM focus is already in this layer (a keyboard user on the canvas keeps the canvas). No loops: a
// focus this script moves itself is never sent back, and the app's focus is only followed when it changed.
//
// The layer does not take the sighted user's mouse: pointer-events are off, except while the layer holds keyboard
// focus (:focus-within in overlay.css), so a click then lands on the element that stands for the widget under it.
// A polite live region announces a new screen, the next question, a verdict with its rules, and errors.
// Event-driven like the app (render-on-input): it re-reads the snapshot shortly after input, never on a timer while
// nothing happens, so an idle page stays idle.
'use strict';
(function () {
  var WORDS = {
    nl: { chosen: 'gekozen', answers: 'Antwoorden', controls: 'Bediening', explanation: 'Uitleg',
      mirror: 'Wams Wegwijzer — bediening', verdict: 'Oordeel', rules: 'regels', error: 'Fout' },
    en: { chosen: 'chosen', answers: 'Answers', controls: 'Controls', explanation: 'Explanation',
      mirror: 'Wams Wegwijzer — controls', verdict: 'Verdict', rules: 'rules', error: 'Error' },
  };
  var root, live, title, explanation;
  var last = '', shown = false, lastSnap = null, lastAnnounced = '', lastAppFocus = '', pending = [], moving = false, refocus = false, legends = 0;
  var els = new Map();       // key → element (keyed diff: an element is reused while its widget is drawn)
  var fieldsets = new Map(); // radio group id → fieldset
  var tableEls = new Map();  // table id / row key / cell key → its div (role table / row / cell, columnheader)

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    for (var k in attrs) e.setAttribute(k, attrs[k]);
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function build() {
    root = el('section', { id: 'wams-mirror', 'class': 'wams-a11y', 'aria-label': WORDS.nl.mirror });
    live = el('div', { id: 'wams-live', 'class': 'visually-hidden', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' });
    title = el('h1', { id: 'wams-mirror-title', 'class': 'visually-hidden' });
    explanation = el('div', { 'class': 'visually-hidden' });
    document.body.appendChild(root);
    document.body.appendChild(live);
    root.addEventListener('click', onClick);
    root.addEventListener('input', onInput);
    root.addEventListener('focusin', onFocus);
  }

  // ---- Actions back to the app --------------------------------------------------------------------------------
  function act(id, action, value) {
    if (!window.wamsReady || typeof Module === 'undefined' || !Module.ccall) return;
    Module.ccall('wams_a11y_act', 'number', ['string', 'string', 'string'], [id, action, value || '']);
    window.wamsA11yActions = (window.wamsA11yActions || 0) + 1;
    soon();
  }
  function idOf(target) {
    var e = target && target.closest ? target.closest('[data-id]') : null;
    return e && root.contains(e) && e.dataset.control ? e : null;
  }
  function onClick(ev) {
    var e = idOf(ev.target);
    if (!e || e.getAttribute('aria-disabled') === 'true') return;
    if (e.tagName === 'INPUT' && e.type === 'text') return;
    // A radio/checkbox toggles itself at once; the app decides, and the next snapshot sets what it decided.
    act(e.dataset.id, 'activate');
  }
  function onInput(ev) {
    var e = idOf(ev.target);
    if (e && e.tagName === 'INPUT' && e.type === 'text') act(e.dataset.id, 'set', e.value);
  }
  function onFocus(ev) {
    if (moving) return;  // a focus this script moved to follow the app: never sent back (no loop)
    var e = idOf(ev.target);
    if (e) act(e.dataset.id, 'focus');
  }

  // ---- The keyed diff -------------------------------------------------------------------------------------------
  function tagFor(it) {
    switch (it.role) {
      case 'button': case 'link': return 'button';
      case 'radio': return 'input:radio';
      case 'checkbox': return 'input:checkbox';
      case 'textbox': return 'input:text';
      case 'heading': return (it.level || 2) <= 2 ? 'h2' : 'h3';
      default: return 'p';
    }
  }
  function make(key, kind, it) {
    var e;
    if (kind.indexOf('input:') === 0) {
      e = el('input', { type: kind.slice(6) });
      if (it.role === 'radio') e.name = 'g-' + (it.group || it.id);
    } else {
      e = el(kind, kind === 'button' ? { type: 'button' } : {});
    }
    e.dataset.id = it.id;
    e.dataset.kind = kind;
    if (/^(button|input:)/.test(kind)) e.dataset.control = '1';
    else if (kind === 'h2' || kind === 'h3' || it.role === 'status') e.tabIndex = -1;  // focus can land on the next question / the verdict
    els.set(key, e);
    return e;
  }
  function tableDiv(key, role) {
    var d = tableEls.get(key);
    if (!d) { d = el('div', { 'class': 'wams-table-part' }); tableEls.set(key, d); }
    setAttr(d, 'role', role);
    return d;
  }
  function setAttr(e, name, v) {
    if (v === null || v === undefined || v === false) { if (e.hasAttribute(name)) e.removeAttribute(name); }
    else if (e.getAttribute(name) !== String(v)) e.setAttribute(name, String(v));
  }
  // Over the widget, cut to the rectangle it was drawn in (its pane): a widget scrolled out of its pane gets a 1 px
  // element at the pane's edge that never takes the mouse, so it cannot cover a visible widget. Focusing it scrolls
  // the widget into view (the "focus" action) and the next snapshot puts the element over it.
  function place(e, it) {
    var c = it.clip || [it.x, it.y, it.x + it.w, it.y + it.h];
    var x0 = Math.max(it.x, c[0]), y0 = Math.max(it.y, c[1]);
    var x1 = Math.min(it.x + it.w, c[2]), y1 = Math.min(it.y + it.h, c[3]);
    var hidden = !(x1 > x0 && y1 > y0);
    if (hidden) {
      x0 = Math.min(Math.max(it.x, c[0]), c[2] - 1); y0 = Math.min(Math.max(it.y, c[1]), c[3] - 1);
      x1 = x0 + 1; y1 = y0 + 1;
    }
    e.classList.toggle('wams-clipped', hidden);
    var s = e.style;
    s.left = x0 + 'px'; s.top = y0 + 'px'; s.width = Math.max(x1 - x0, 1) + 'px'; s.height = Math.max(y1 - y0, 1) + 'px';
  }
  function update1(e, it) {
    var kind = e.dataset.kind;
    place(e, it);
    if (kind === 'button') {
      if (e.textContent !== it.label) e.textContent = it.label;
      setAttr(e, 'aria-disabled', it.disabled ? 'true' : null);
      setAttr(e, 'aria-current', it.selected && !it.option ? 'page' : null);
      setAttr(e, 'aria-pressed', it.option ? String(!!it.selected) : null);  // an entry of a drop-down choice
      setAttr(e, 'aria-expanded', it.expanded === undefined ? null : String(it.expanded));
    } else if (kind.indexOf('input:') === 0) {
      setAttr(e, 'aria-label', it.label);
      setAttr(e, 'aria-disabled', it.disabled ? 'true' : null);
      setAttr(e, 'aria-invalid', it.invalid ? 'true' : null);
      if (kind === 'input:text') {
        if (document.activeElement !== e && e.value !== (it.text || '')) e.value = it.text || '';
      } else if (e.checked !== !!it.on) {
        e.checked = !!it.on;
      }
    } else if (e.textContent !== it.label) {
      e.textContent = it.label;
    }
    setAttr(e, 'aria-description', it.description || null);
  }
  // Puts `want` as the children of `parent` in order, moving as little as possible: stale children first go, then
  // only out-of-order ones move (moving the focused element would drop its focus; it moves only on a real reorder).
  function arrange(parent, want) {
    var keep = new Set(want);
    Array.prototype.slice.call(parent.children).forEach(function (c) { if (!keep.has(c)) parent.removeChild(c); });
    var cur = parent.firstElementChild;
    want.forEach(function (e) {
      if (e === cur) cur = cur.nextElementSibling;
      else parent.insertBefore(e, cur);
    });
  }

  function render(snap) {
    var w = WORDS[snap.lang === 'en' ? 'en' : 'nl'];
    var items = (snap.items || []).filter(function (it) { return it.label && it.label !== 'ready' && !it.alias; });
    var byId = new Map(items.map(function (it) { return [it.id, it]; }));
    // Radios and answer buttons (a button with a group: the Vraag screen's answers) sit in their question's fieldset.
    var grouped = function (it) { return (it.role === 'radio' || it.role === 'button') && it.group; };
    var groups = new Set(items.filter(grouped).map(function (it) { return it.group; }));
    var top = [title], seen = new Set(), groupKids = new Map(), tableKids = new Map();
    var hadFocus = root.contains(document.activeElement) && document.activeElement !== root;
    title.textContent = snap.title || 'Wams Wegwijzer';
    items.forEach(function (it) {
      // A question drawn as plain text above its radios is said by the radios' legend instead.
      if (groups.has(it.id) && (it.role || 'text') === 'text') return;
      var kind = tagFor(it), key = it.id + '\u241F' + kind;
      if (seen.has(key)) return;  // the same id drawn twice in one frame: the first one counts
      seen.add(key);
      var e = els.get(key) || make(key, kind, it);
      update1(e, it);
      if (grouped(it)) {
        var fs = fieldsets.get(it.group);
        if (!fs) {
          fs = el('fieldset', { 'class': 'wams-group' });
          var lg = el('legend', { id: 'wams-legend-' + (++legends) });
          fs.appendChild(lg);
          fs.setAttribute('aria-labelledby', lg.id);
          fieldsets.set(it.group, fs);
        }
        var q = byId.get(it.group);
        var legend = fs.firstElementChild;
        if (legend.textContent !== (q ? q.label : it.group)) legend.textContent = q ? q.label : '';
        if (q) place(legend, q);
        if (!groupKids.has(it.group)) { groupKids.set(it.group, [legend]); top.push(fs); }
        groupKids.get(it.group).push(e);
      } else if (it.table) {
        // A cell of a data table: table > row > cell (or columnheader) > the element, named by the table's caption
        // (the item recorded with the table's id). The divs are not positioned: the element in the cell still sits
        // over its widget.
        var rk = it.table + '\u241F' + it.row, ck = rk + '\u241F' + it.col;
        var tab = tableDiv(it.table, 'table'), row = tableDiv(rk, 'row'), cell = tableDiv(ck, it.header ? 'columnheader' : 'cell');
        var cap = byId.get(it.table);
        setAttr(tab, 'aria-label', cap ? cap.label : null);
        if (!tableKids.has(it.table)) { tableKids.set(it.table, []); top.push(tab); }
        if (!tableKids.has(rk)) { tableKids.set(rk, []); tableKids.get(it.table).push(row); }
        if (!tableKids.has(ck)) { tableKids.set(ck, []); tableKids.get(rk).push(cell); }
        tableKids.get(ck).push(e);
      } else {
        top.push(e);
      }
    });
    groupKids.forEach(function (kids, g) {
      arrange(fieldsets.get(g), kids);
      // The entries of an open drop-down choice follow the choice's button (ImGui draws them before it is recorded).
      var owner = byId.get(g), oe = owner && owner.role === 'button' ? els.get(owner.id + '\u241F' + tagFor(owner)) : null;
      var at = top.indexOf(fieldsets.get(g));
      if (oe && at >= 0 && top.indexOf(oe) >= 0) { top.splice(at, 1); top.splice(top.indexOf(oe) + 1, 0, fieldsets.get(g)); }
    });
    tableKids.forEach(function (kids, k) { arrange(tableEls.get(k), kids); });
    if (snap.explanation && snap.explanation.length) {
      var frag = document.createDocumentFragment();
      frag.appendChild(el('h2', {}, w.explanation));
      var list = el('ul', {});
      snap.explanation.forEach(function (l) {
        list.appendChild(el('li', { 'data-kind': l.kind, 'data-depth': String(l.depth) }, l.text));
      });
      frag.appendChild(list);
      explanation.replaceChildren(frag);
      top.push(explanation);
    }
    arrange(root, top);
    // Forget elements of widgets no longer drawn (and fieldsets of groups gone).
    var live_ = new Set(top);
    groupKids.forEach(function (kids) { kids.forEach(function (k) { live_.add(k); }); });
    tableKids.forEach(function (kids) { kids.forEach(function (k) { live_.add(k); }); });
    els.forEach(function (e, k) { if (!live_.has(e)) els.delete(k); });
    fieldsets.forEach(function (f, g) { if (!groupKids.has(g)) fieldsets.delete(g); });
    tableEls.forEach(function (d, k) { if (!tableKids.has(k)) tableEls.delete(k); });
    root.setAttribute('lang', snap.lang || 'nl');
    root.setAttribute('aria-label', w.mirror);

    followAppFocus(snap, hadFocus, items);
    announce(snap, w, items);
    lastSnap = snap;
  }

  // The app's keyboard focus moved (e.g. Tab on the canvas drew the ring elsewhere, or an action's widget took it):
  // move DOM focus there, only while DOM focus is in this layer or was dropped with a vanished element.
  function followAppFocus(snap, hadFocus, items) {
    var inLayer = root.contains(document.activeElement) && document.activeElement !== root;
    var dropped = hadFocus && !inLayer;  // the focused element's widget vanished (e.g. an answered question)
    var target = null;
    if (snap.focused && snap.focused !== lastAppFocus) {
      var it = items.find(function (x) { return x.id === snap.focused; });
      target = it ? els.get(it.id + '\u241F' + tagFor(it)) : null;
    }
    // The app let go of the focused widget (it vanished, e.g. the "Bevestig" of an answered question) while the DOM
    // element with that id stayed (the next question has one too): the same as a dropped element.
    var appLost = !!lastAppFocus && !snap.focused && inLayer && document.activeElement.dataset.id === lastAppFocus;
    lastAppFocus = snap.focused || '';
    if (dropped || appLost) refocus = true;  // remembered: the next question may come a frame later ("bezig" first)
    if (document.activeElement !== document.body && !inLayer) refocus = false;  // the user went elsewhere
    if (!target && refocus) {
      // Land on the screen's next question (or first heading) so a screen reader continues there, not at the top.
      target = root.querySelector('h2[data-id^="ask.question:"], h2[data-id="walk.question"]') ||
        root.querySelector('p[data-id$=".verdict"]') || root.querySelector('h2[data-id]');
    }
    if (!target || target === document.activeElement) return;
    if (!inLayer && !refocus) return;  // the canvas (or nothing) has focus: a keyboard user on the canvas keeps it
    moving = true;
    try { target.focus({ preventScroll: true }); } finally { moving = false; }
    refocus = false;
  }

  // What the live region says: the screen and its question, then what changed on it (kept until the screen or the
  // question changes, so a re-render for another reason does not take the news back before it was read).
  var base = '', news = [];
  function announce(snap, w, items) {
    var parts = [snap.title || ''];
    var q = items.find(function (it) { return it.kind === 'question' || /^ask\.question:/.test(it.id); }) ||
      items.find(function (it) { return it.role === 'heading' && (it.level || 2) <= 2; });  // no question: the screen's title
    if (q) parts.push(q.label);
    var nextBase = parts.filter(Boolean).join(' — ');
    if (nextBase !== base) { base = nextBase; news = []; }
    var before = new Map(((lastSnap && lastSnap.items) || []).map(function (it) { return [it.id, it.label]; }));
    var sameScreen = lastSnap && lastSnap.screen === snap.screen;
    var changed = items.filter(function (it) { return it.role === 'status' && sameScreen && before.get(it.id) !== it.label; });
    if (changed.length && changed.length <= 3) {
      news = changed.map(function (it) {
        if (!/verdict/.test(it.id)) return it.label;
        var ctx = it.id.replace(/\.verdict$/, '');
        var rules = items.filter(function (r) { return r.id.indexOf('card.' + ctx + '/rules/') === 0; })
          .map(function (r) { return r.code || r.label; });  // the rule ids ("R56"), not the chips' spoken names
        return w.verdict + ': ' + it.label + (rules.length ? ' (' + w.rules + ' ' + rules.join(', ') + ')' : '');
      });
    }
    // Errors: every error text on the screen (a validation error, a file that could not be opened, personal data
    // found in the record), whatever its id: the app marks them invalid (test_hooks::error_text).
    var errors = items.filter(function (it) { return it.invalid && (it.role || 'text') === 'text'; }).slice(0, 3)
      .map(function (it) { return w.error + ': ' + it.label; });
    var text = [base].concat(news, errors).filter(Boolean).join(' — ');
    if (text !== lastAnnounced) {
      live.textContent = text;
      lastAnnounced = text;
    }
  }

  // The text version the walked-cases digests were recorded from (tests/digests/mirror.json, issue 16): the words
  // of each screen in the read-only mirror's order. Kept so "every screen says what it said" stays comparable.
  function legacyText(snap) {
    var w = WORDS[snap.lang === 'en' ? 'en' : 'nl'];
    var out = [snap.title || 'Wams Wegwijzer'];
    var question = null, options = [], fields = [], controls = [];
    (snap.items || []).forEach(function (it) {
      if (it.code !== undefined) it = Object.assign({}, it, { label: it.code });  // the words it had before names (digests)
      if (!it.label || it.label === 'ready' || /^error\./.test(it.id)) return;  // error lines: recorded since issue 18
      if (it.kind === 'text') out.push(it.label);
      else if (it.kind === 'question') question = it;
      else if (it.kind === 'option') options.push(it);
      else if (it.kind === 'field') fields.push(it);
      else controls.push(it);
    });
    if (question) out.push(question.label);
    if (options.length || fields.length) {
      out.push(w.answers);
      fields.forEach(function (f) { out.push(f.label + (f.value !== undefined ? ': ' + f.value : '')); });
      options.forEach(function (o) { out.push(o.label + (o.checked ? ' (' + w.chosen + ')' : '')); });
    }
    if (snap.explanation && snap.explanation.length) {
      out.push(w.explanation);
      snap.explanation.forEach(function (l) { out.push(l.text); });
    }
    if (controls.length) {
      out.push(w.controls);
      controls.forEach(function (c) { out.push(c.label + (c.id === snap.focused_legacy ? ' ◀' : '')); });
    }
    return out.join('');
  }

  function read() {
    return Module.ccall('wams_a11y_snapshot_json', 'string', [], []);
  }
  function show(text) {
    try { render(JSON.parse(text)); } catch (e) { console.warn('mirror: ' + e); }
    window.wamsMirrorUpdates = (window.wamsMirrorUpdates || 0) + 1;
  }
  function update() {
    if (!window.wamsReady || typeof Module === 'undefined' || !Module.ccall) return;
    var text = read();
    if (text === last) return;
    // The first snapshot builds the whole layer: read it in this task and build it in the next, so neither holds the
    // page for long while it starts (Lighthouse counts every task over 50 ms at its 4× slow-down).
    var first = !shown;
    shown = true;
    last = text;
    if (first) setTimeout(function () { if (last === text) show(text); }, 0);
    else show(text);
  }

  // After input the app draws a few frames; read the result once it settled (short delays, then stop).
  function soon() {
    pending.forEach(clearTimeout);
    pending = [setTimeout(update, 30), setTimeout(update, 120), setTimeout(update, 400)];
  }
  window.wamsMirrorUpdate = update;
  window.wamsMirrorText = function () { return window.wamsReady ? legacyText(JSON.parse(read())) : ''; };

  build();
  ['keyup', 'pointerup', 'wheel', 'drop', 'paste', 'resize'].forEach(function (t) {
    window.addEventListener(t, soon, { passive: true, capture: true });
  });
  (function wait() { if (window.wamsReady) soon(); else setTimeout(wait, 100); })();
})();
