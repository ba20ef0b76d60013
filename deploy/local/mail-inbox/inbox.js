// Web inbox over GreenMail's REST API (proxied by the gateway at /mail/api/). No framework, no inline code:
// the gateway's Content-Security-Policy ("script-src 'self'") applies here too.
(function () {
  'use strict';
  var API = '/mail/api';
  var listEl = document.getElementById('list');
  var detailEl = document.getElementById('detail');
  var stateEl = document.getElementById('state');
  var recipientEl = document.getElementById('recipient');
  var messages = [];
  var selectedKey = null;

  // --- MIME decoding (enough for what the services send: text/plain, text/html, multipart, QP, base64) ---
  // GreenMail hands the raw message over as a string of bytes (one char per byte).
  function bytesToText(binary, charset) {
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i) & 0xff;
    try { return new TextDecoder(charset || 'utf-8').decode(bytes); } catch (e) { return new TextDecoder('utf-8').decode(bytes); }
  }
  function decodeQP(s) {
    return s.replace(/=\r?\n/g, '').replace(/=([0-9A-Fa-f]{2})/g, function (_, h) { return String.fromCharCode(parseInt(h, 16)); });
  }
  function decodeWords(value) { // RFC 2047 encoded words in headers
    return value.replace(/\?=\s+=\?/g, '?==?').replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, function (_, cs, enc, text) {
      var bin = enc.toUpperCase() === 'B' ? atob(text) : decodeQP(text.replace(/_/g, ' '));
      return bytesToText(bin, cs);
    });
  }
  function splitEntity(raw) {
    var m = /\r?\n\r?\n/.exec(raw);
    var head = m ? raw.slice(0, m.index) : raw;
    var body = m ? raw.slice(m.index + m[0].length) : '';
    var headers = {};
    head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/).forEach(function (line) {
      var i = line.indexOf(':');
      if (i > 0) {
        var name = line.slice(0, i).trim().toLowerCase();
        if (!(name in headers)) headers[name] = line.slice(i + 1).trim();
      }
    });
    return { headers: headers, body: body };
  }
  function contentType(headers) {
    var v = headers['content-type'] || 'text/plain; charset=us-ascii';
    var parts = v.split(';');
    var params = {};
    parts.slice(1).forEach(function (p) {
      var i = p.indexOf('=');
      if (i > 0) params[p.slice(0, i).trim().toLowerCase()] = p.slice(i + 1).trim().replace(/^"|"$/g, '');
    });
    return { type: parts[0].trim().toLowerCase(), params: params };
  }
  function leafParts(entity, out) {
    var ct = contentType(entity.headers);
    if (ct.type.indexOf('multipart/') === 0 && ct.params.boundary) {
      var chunks = entity.body.split('--' + ct.params.boundary);
      for (var i = 1; i < chunks.length; i++) {
        if (/^--/.test(chunks[i])) break; // closing delimiter
        leafParts(splitEntity(chunks[i].replace(/^\r?\n/, '')), out);
      }
    } else {
      var cte = (entity.headers['content-transfer-encoding'] || '7bit').toLowerCase();
      var bin = cte === 'base64' ? atob(entity.body.replace(/\s+/g, ''))
              : cte === 'quoted-printable' ? decodeQP(entity.body) : entity.body;
      out.push({ type: ct.type, text: bytesToText(bin, ct.params.charset) });
    }
    return out;
  }
  function htmlToText(html) { // DOMParser never runs scripts; links keep their address
    var doc = new DOMParser().parseFromString(html, 'text/html');
    doc.querySelectorAll('a[href]').forEach(function (a) { a.textContent = a.textContent + ' <' + a.getAttribute('href') + '>'; });
    doc.querySelectorAll('br').forEach(function (br) { br.replaceWith('\n'); });
    doc.querySelectorAll('p, div, li, h1, h2, h3, tr').forEach(function (el) { el.append('\n'); });
    return (doc.body.textContent || '').replace(/\n{3,}/g, '\n\n').trim();
  }
  function parse(raw) {
    var entity = splitEntity(raw);
    var parts = leafParts(entity, []);
    var plain = parts.filter(function (p) { return p.type === 'text/plain'; })[0];
    var html = parts.filter(function (p) { return p.type === 'text/html'; })[0];
    var h = entity.headers;
    return {
      from: decodeWords(h.from || ''), to: decodeWords(h.to || ''), cc: decodeWords(h.cc || ''),
      subject: decodeWords(h.subject || '(no subject)'), date: h.date ? new Date(h.date) : null,
      text: plain ? plain.text : html ? htmlToText(html.text) : '(no text part)',
      parts: parts.map(function (p) { return p.type; }).join(', ')
    };
  }

  // --- rendering (textContent only: mail content is never interpreted as HTML) ---
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }
  function linkified(text) {
    var pre = el('pre');
    text.split(/(https?:\/\/[^\s<>"')]+)/g).forEach(function (chunk, i) {
      if (i % 2 === 1) {
        var a = el('a', null, chunk); a.href = chunk; a.target = '_blank'; a.rel = 'noopener noreferrer';
        pre.appendChild(a);
      } else {
        pre.appendChild(document.createTextNode(chunk));
      }
    });
    return pre;
  }
  function fmt(d) { return d && !isNaN(d) ? d.toLocaleString() : ''; }

  function renderList() {
    var filter = recipientEl.value;
    var shown = messages.filter(function (m) { return !filter || m.mailbox === filter; });
    listEl.replaceChildren();
    if (!shown.length) { listEl.appendChild(el('p', 'empty', 'No mail yet.')); return; }
    shown.forEach(function (m) {
      var b = el('button');
      b.type = 'button';
      b.setAttribute('aria-current', String(m.key === selectedKey));
      b.appendChild(el('span', 'subject', m.parsed.subject));
      b.appendChild(el('span', 'meta', 'to ' + m.mailbox + (m.parsed.date ? ' · ' + fmt(m.parsed.date) : '')));
      b.addEventListener('click', function () { selectedKey = m.key; renderList(); renderDetail(m); });
      listEl.appendChild(b);
    });
  }
  function renderDetail(m) {
    detailEl.replaceChildren();
    var raw = false;
    var h2 = el('h2', null, m.parsed.subject);
    var dl = el('dl');
    [['From', m.parsed.from], ['To', m.parsed.to], ['Cc', m.parsed.cc], ['Date', fmt(m.parsed.date)],
     ['Mailbox', m.mailbox], ['Parts', m.parsed.parts]].forEach(function (row) {
      if (!row[1]) return;
      dl.appendChild(el('dt', null, row[0])); dl.appendChild(el('dd', null, row[1]));
    });
    var toggle = el('button', null, 'Show raw message');
    toggle.type = 'button';
    var body = linkified(m.parsed.text);
    toggle.addEventListener('click', function () {
      raw = !raw;
      var next = raw ? el('pre', null, m.raw) : linkified(m.parsed.text);
      body.replaceWith(next); body = next;
      toggle.textContent = raw ? 'Show text' : 'Show raw message';
    });
    detailEl.append(h2, dl, toggle, body);
  }

  // --- loading ---
  function getJson(path) {
    return fetch(API + path, { headers: { Accept: 'application/json' }, cache: 'no-store' }).then(function (r) {
      if (!r.ok) throw new Error(path + ': HTTP ' + r.status);
      return r.json();
    });
  }
  function load() {
    return getJson('/user').then(function (users) {
      var mailboxes = users.map(function (u) { return u.email; }).sort();
      var current = recipientEl.value;
      recipientEl.replaceChildren(el('option', null, 'all'));
      recipientEl.firstChild.value = '';
      mailboxes.forEach(function (mb) { var o = el('option', null, mb); o.value = mb; recipientEl.appendChild(o); });
      recipientEl.value = mailboxes.indexOf(current) >= 0 ? current : '';
      return Promise.all(mailboxes.map(function (mb) {
        return getJson('/user/' + encodeURIComponent(mb) + '/messages/INBOX').then(function (list) {
          return list.map(function (msg) {
            return { key: mb + '#' + msg.uid, mailbox: mb, raw: msg.mimeMessage, parsed: parse(msg.mimeMessage) };
          });
        });
      }));
    }).then(function (lists) {
      messages = [].concat.apply([], lists).sort(function (a, b) {
        return (b.parsed.date ? b.parsed.date.getTime() : 0) - (a.parsed.date ? a.parsed.date.getTime() : 0);
      });
      stateEl.textContent = messages.length + ' message(s), updated ' + new Date().toLocaleTimeString();
      stateEl.className = '';
      renderList();
    }).catch(function (err) {
      stateEl.textContent = 'Mail catcher not reachable: ' + err.message;
      stateEl.className = 'error';
    });
  }

  recipientEl.addEventListener('change', renderList);
  document.getElementById('refresh').addEventListener('click', load);
  document.getElementById('purge').addEventListener('click', function () {
    if (!window.confirm('Delete all mail in the local mail catcher?')) return;
    fetch(API + '/mail/purge', { method: 'POST' }).then(function () {
      selectedKey = null; detailEl.replaceChildren(el('p', 'hint', 'Select a message.')); return load();
    });
  });
  setInterval(function () { if (document.getElementById('auto').checked && !document.hidden) load(); }, 5000);
  load();
})();
