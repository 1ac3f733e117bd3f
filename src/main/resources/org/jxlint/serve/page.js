// The reviewers' page: uploads each file as the raw body of its own request (its name, URL-encoded,
// in X-Jxlint-Name), shows its progress, then its report from the server in a frame.
(function () {
  'use strict';
  var body = document.body;
  var lang = body.dataset.lang;
  var maxBytes = Number(body.dataset.maxBytes);
  var maxFiles = Number(body.dataset.maxFiles);
  var strings = {};
  var cards = [];
  var running = 0;
  var UPLOADS_AT_ONCE = 3;

  function t(key, args) {
    var s = strings[key] || key;
    (args || []).forEach(function (a, i) { s = s.split('{' + i + '}').join(String(a)); });
    return s;
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined) { e.textContent = text; }
    return e;
  }

  function say(text) { document.getElementById('message').textContent = text || ''; }

  function loadStrings(l) {
    return fetch('/api/info?lang=' + l).then(function (r) { return r.json(); }).then(function (info) {
      strings = info.strings;
      lang = l;
      body.dataset.lang = l;
      document.documentElement.lang = l === 'en' ? 'en' : 'zh-CN';
      document.querySelectorAll('[data-i18n]').forEach(function (e) { e.textContent = t(e.dataset.i18n); });
      document.getElementById('settings-body').innerHTML = info.settings;
    });
  }

  // ---- choosing files ----

  function chosen(list, folder) {
    var items = [];
    Array.prototype.forEach.call(list, function (f) {
      items.push({file: f, name: f.webkitRelativePath || f.name, folder: folder && !!f.webkitRelativePath});
    });
    return items;
  }

  function walk(entry, out) {
    if (entry.isFile) {
      return new Promise(function (done) {
        entry.file(function (f) {
          out.push({file: f, name: entry.fullPath.replace(/^\//, ''), folder: true});
          done();
        }, function () { done(); });
      });
    }
    if (!entry.isDirectory) { return Promise.resolve(); }
    var reader = entry.createReader();
    return new Promise(function (done) {
      var all = [];
      (function more() {
        reader.readEntries(function (batch) {
          if (!batch.length) {
            Promise.all(all.map(function (e) { return walk(e, out); })).then(done);
            return;
          }
          all = all.concat(Array.prototype.slice.call(batch));
          more();
        }, function () { done(); });
      })();
    });
  }

  function dropped(dt) {
    var entries = [];
    Array.prototype.forEach.call(dt.items || [], function (it) {
      var e = it.webkitGetAsEntry && it.webkitGetAsEntry();
      if (e) { entries.push(e); }
    });
    if (!entries.length) { return Promise.resolve(chosen(dt.files, false)); }
    var out = [];
    return Promise.all(entries.map(function (e) {
      if (e.isFile) {
        return new Promise(function (done) {
          e.file(function (f) { out.push({file: f, name: f.name, folder: false}); done(); }, function () { done(); });
        });
      }
      return walk(e, out);
    })).then(function () { return out; });
  }

  // ---- one file ----

  function Card(batch, item) {
    this.batch = batch;
    this.item = item;
    this.result = null;
    this.done = false;
    var c = this.root = el('section', 'card waiting');
    c.dataset.name = item.name;
    var head = el('div', 'head');
    this.name = el('span', 'name', item.name);
    this.status = el('span', 'status', t('serve.page.waiting'));
    this.bar = el('progress');
    this.bar.max = 100;
    this.bar.value = 0;
    this.actions = el('div', 'actions');
    head.append(this.name, this.status, this.bar, this.actions);
    this.reason = el('div', 'reason');
    this.note = el('div', 'note');
    c.append(head, this.reason, this.note);
    document.getElementById('results').appendChild(c);
  }

  Card.prototype.base = function () {
    return '/api/batches/' + this.batch + '/files/' + this.result.index + '/';
  };

  Card.prototype.upload = function () {
    var card = this;
    var f = this.item.file;
    if (f.size > maxBytes) {
      return Promise.resolve(this.show({status: 'refused', name: this.item.name,
        reason: t('serve.page.tooLarge', [(f.size / 1048576).toFixed(1), Math.floor(maxBytes / 1048576)])}));
    }
    return new Promise(function (resolve) {
      var x = new XMLHttpRequest();
      x.open('POST', '/api/batches/' + card.batch + '/files');
      x.setRequestHeader('X-Jxlint-Name', encodeURIComponent(card.item.name));
      if (card.item.folder) { x.setRequestHeader('X-Jxlint-Folder', '1'); }
      x.upload.onprogress = function (e) {
        if (e.lengthComputable) {
          card.bar.value = Math.round(100 * e.loaded / e.total);
          card.status.textContent = t('serve.page.uploading', [card.bar.value]);
        }
      };
      x.upload.onload = function () {
        card.bar.removeAttribute('value');
        card.status.textContent = t('serve.page.checking');
      };
      x.onload = function () {
        var r;
        try { r = JSON.parse(x.responseText); } catch (e) { r = {status: 'refused', reason: x.statusText}; }
        r.name = r.name || card.item.name;
        resolve(card.show(r));
      };
      x.onerror = function () {
        resolve(card.show({status: 'refused', name: card.item.name, reason: t('serve.page.networkError')}));
      };
      card.status.textContent = t('serve.page.uploading', [0]);
      x.send(f);
    });
  };

  Card.prototype.show = function (r) {
    var card = this;
    this.result = r;
    this.root.className = 'card ' + r.status + (r.grade ? ' grade-' + r.grade : '');
    this.root.dataset.status = r.status;
    this.bar.remove();
    this.label();
    this.reason.textContent = r.status === 'ok' ? '' : (r.reason || '');
    this.actions.textContent = '';
    if (r.status !== 'ok' && r.status !== 'unreadable') {
      this.done = true;
      return Promise.resolve();
    }
    this.button('serve.page.copyPlain', 'copy-plain', function () { card.copy('letter.txt', 'plain'); });
    this.button('serve.page.copyMarkdown', 'copy-md', function () { card.copy('letter.md', 'markdown'); });
    this.link('serve.page.downloadMd', 'letter.md');
    this.link('serve.page.downloadJson', 'report.json');
    if (r.annotated) { this.link('serve.page.downloadAnnotated', 'annotated'); }
    if (r.status !== 'ok') {
      this.done = true;
      return Promise.resolve();
    }
    return this.frame();
  };

  Card.prototype.label = function () {
    var r = this.result;
    if (!r) { return; }
    this.status.textContent = '';
    if (r.status === 'ok') {
      this.status.append(el('span', 'grade', r.grade), ' ',
        r.errors + r.warnings + r.infos === 0 ? t('serve.page.clean', [r.grade])
          : t('serve.page.grade', [r.grade, r.errors, r.warnings, r.infos]));
    } else {
      this.status.textContent = t('serve.page.' + r.status);
    }
  };

  Card.prototype.button = function (key, cls, action) {
    var b = el('button', cls, t(key));
    b.type = 'button';
    b.dataset.i18n = key;
    b.addEventListener('click', action);
    this.actions.appendChild(b);
  };

  Card.prototype.link = function (key, what) {
    var a = el('a', 'button', t(key));
    a.dataset.i18n = key;
    a.dataset.what = what;
    a.href = this.base() + what + '?download=1&lang=' + lang;
    a.setAttribute('download', '');
    this.actions.appendChild(a);
  };

  Card.prototype.frame = function () {
    var card = this;
    if (!this.iframe) {
      this.iframe = el('iframe');
      this.iframe.title = this.item.name;
      this.root.appendChild(this.iframe);
    }
    return new Promise(function (resolve) {
      card.iframe.onload = function () {
        filter();
        card.done = true;
        resolve();
      };
      card.iframe.src = card.base() + 'report.html?lang=' + lang;
    });
  };

  Card.prototype.fit = function () {
    var d = this.iframe && this.iframe.contentDocument;
    if (d && d.body) {
      // the body's own height: the document's is never less than the frame, so would never shrink
      this.iframe.style.height = (d.body.scrollHeight + 16) + 'px';
    }
  };

  Card.prototype.copy = function (what, kind) {
    var card = this;
    fetch(this.base() + what + '?lang=' + lang).then(function (r) { return r.text(); }).then(function (text) {
      body.dataset.copied = text;
      body.dataset.copiedKind = kind;
      return clipboard(text).then(function (ok) {
        var old = card.root.querySelector('textarea');
        if (old) { old.remove(); }
        if (ok) {
          card.note.textContent = t('serve.page.copied');
          return;
        }
        card.note.textContent = t('serve.page.copyManual');
        var area = el('textarea');
        area.value = text;
        card.note.after(area);
        area.select();
      });
    });
  };

  function clipboard(text) {
    function old() {
      var area = el('textarea');
      area.value = text;
      area.style.position = 'fixed';
      area.style.opacity = '0';
      body.appendChild(area);
      area.select();
      var ok = false;
      try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
      area.remove();
      return ok;
    }
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).then(function () { return true; }, old);
    }
    return Promise.resolve(old());
  }

  // ---- the whole ----

  function start(items) {
    say('');
    if (!items.length) { return; }
    if (items.length > maxFiles) {
      say(t('serve.refused.tooManyFiles', [items.length, maxFiles]));
      return;
    }
    body.dataset.state = 'busy';
    fetch('/api/batches?lang=' + lang, {method: 'POST', headers: {'X-Jxlint-Count': String(items.length)}})
      .then(function (r) { return r.json().then(function (j) { return {ok: r.ok, j: j}; }); })
      .then(function (res) {
        if (!res.ok) {
          say(res.j.reason);
          settle();
          return;
        }
        var queue = items.map(function (it) { var c = new Card(res.j.id, it); cards.push(c); return c; });
        function next() {
          var c = queue.shift();
          if (!c) { settle(); return; }
          running++;
          c.upload().then(function () { running--; overall(); next(); });
        }
        for (var i = 0; i < UPLOADS_AT_ONCE; i++) { next(); }
      }, function () { say(t('serve.page.networkError')); settle(); });
  }

  function settle() {
    if (running === 0 && cards.every(function (c) { return c.done; })) {
      body.dataset.state = 'done';
    }
    overall();
  }

  function overall() {
    var finished = cards.filter(function (c) { return c.done; });
    if (!finished.length) { return; }
    var errors = finished.filter(function (c) { return c.result.errors > 0; }).length;
    var bad = finished.filter(function (c) { return c.result.status !== 'ok'; }).length;
    var o = document.getElementById('overall');
    delete o.dataset.i18n;
    o.textContent = t('serve.page.done', [finished.length, errors, bad]);
  }

  function filter() {
    var hidden = [];
    document.querySelectorAll('#toolbar input[data-sev]').forEach(function (box) {
      if (!box.checked) { hidden.push(box.dataset.sev); }
    });
    cards.forEach(function (c) {
      var d = c.iframe && c.iframe.contentDocument;
      if (!d || !d.body) { return; }
      ['error', 'warning', 'info'].forEach(function (s) {
        d.body.classList.toggle('hide-' + s, hidden.indexOf(s) >= 0);
      });
      c.fit();
    });
  }

  function relabel() {
    cards.forEach(function (c) {
      if (!c.result) { return; }
      c.note.textContent = ''; // said in the other language
      c.actions.querySelectorAll('[data-i18n]').forEach(function (e) { e.textContent = t(e.dataset.i18n); });
      c.actions.querySelectorAll('a[data-what]').forEach(function (a) {
        a.href = c.base() + a.dataset.what + '?download=1&lang=' + lang;
      });
      if (c.result.index === undefined) { c.label(); return; }
      fetch(c.base() + 'summary?lang=' + lang).then(function (r) { return r.json(); }).then(function (s) {
        s.index = c.result.index;
        c.result = s;
        c.label();
        c.reason.textContent = s.status === 'ok' ? '' : (s.reason || '');
      });
      if (c.iframe) { c.frame(); }
    });
    overall();
  }

  var drop = document.getElementById('drop');
  ['dragenter', 'dragover'].forEach(function (ev) {
    drop.addEventListener(ev, function (e) { e.preventDefault(); drop.classList.add('over'); });
  });
  ['dragleave', 'drop'].forEach(function (ev) {
    drop.addEventListener(ev, function () { drop.classList.remove('over'); });
  });
  drop.addEventListener('drop', function (e) {
    e.preventDefault();
    dropped(e.dataTransfer).then(start);
  });
  document.getElementById('files').addEventListener('change', function (e) {
    start(chosen(e.target.files, false));
    e.target.value = '';
  });
  document.getElementById('folder').addEventListener('change', function (e) {
    start(chosen(e.target.files, true));
    e.target.value = '';
  });
  document.querySelectorAll('#toolbar input[data-sev]').forEach(function (box) {
    box.addEventListener('change', filter);
  });
  document.getElementById('lang').addEventListener('click', function () {
    loadStrings(lang === 'en' ? 'zh' : 'en').then(relabel);
  });
  window.addEventListener('resize', function () { cards.forEach(function (c) { c.fit(); }); });
  loadStrings(lang).then(function () { body.dataset.ready = 'true'; });
})();
