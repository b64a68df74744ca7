// The composer, enhanced (home and group pages; the thread's reply box too): Ctrl+Enter or Cmd+Enter
// posts, the client field picks from the directory by name or alias (an ARIA combobox, js/combobox.js),
// @ and # offer people by display name and topics, the reach preview says whom the alerts reach, and a
// refused post puts the focus on its first invalid field. Plain script; the form works without it.
(function () {
  'use strict';

  // Ctrl+Enter and Cmd+Enter post the form of any text box that asks for it (also ones added later).
  document.addEventListener('keydown', function (event) {
    var box = event.target;
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || event.isComposing) return;
    if (!box || box.tagName !== 'TEXTAREA' || !box.hasAttribute('data-submit-on-ctrl-enter') || !box.form) return;
    event.preventDefault();
    if (box.form.requestSubmit) box.form.requestSubmit(); else box.form.submit();
  });

  // After a refused post, the focus goes to the first field with a refusal (autofocus does it without script).
  var invalid = document.querySelector('[data-testid=composer] [aria-invalid=true]');
  if (invalid) invalid.focus();

  if (!window.fetch || !window.RelayCombobox) return;
  var combobox = window.RelayCombobox;
  var lang = document.documentElement.lang || 'nl';
  var fold = function (text) { return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase(); };

  // The client picker: typing offers clients whose name or an alias holds the text (with that alias as
  // hint); picking one puts its id in the hidden clientId field. Typing again forgets the pick.
  document.querySelectorAll('input[data-client-picker]').forEach(function (field) {
    var chosen = field.form && field.form.elements.clientId;
    if (!chosen) return;
    var picked = chosen.value ? field.value : null;
    field.addEventListener('input', function () {
      if (picked !== null && field.value !== picked) { chosen.value = ''; picked = null; }
    });
    combobox.attach(field, {
      label: field.labels && field.labels[0] ? field.labels[0].textContent : '',
      testid: 'client-suggestions',
      source: function (text) {
        var typed = text.trim();
        if (!typed) return null;
        return combobox.getJson('/api/clients?limit=8&q=' + encodeURIComponent(typed)).then(function (data) {
          var wanted = fold(typed);
          return data.items.map(function (client) {
            var alias = fold(client.name).indexOf(wanted) >= 0 ? null
              : client.aliases.filter(function (a) { return fold(a).indexOf(wanted) >= 0; })[0];
            return { kind: 'client', label: client.name, hint: alias || '', value: String(client.id) };
          });
        });
      },
      pick: function (item) {
        field.value = item.label;
        chosen.value = item.value;
        picked = item.label;
        field.dispatchEvent(new Event('change', { bubbles: true }));
      }
    });
  });

  // @name and #topic in a text box: people by display name (with @username as hint) and topics; picking
  // one puts @username or #topic at the caret.
  document.querySelectorAll('textarea[data-mentions], [data-testid=reply-form] textarea').forEach(function (box) {
    var typed = null;
    combobox.attach(box, {
      label: lang === 'en' ? 'People and topics' : 'Mensen en onderwerpen',
      testid: 'suggestions',
      source: function () {
        var before = box.value.slice(0, box.selectionStart);
        var match = before.match(/(^|[\s(])([@#])([\p{L}\p{N}_.-]{1,30})$/u);
        if (!match) return null;
        typed = match[2] + match[3];
        if (match[2] === '@') {
          return combobox.getJson('/api/accounts?limit=6&q=' + encodeURIComponent(match[3])).then(function (data) {
            return data.items.map(function (a) {
              return { kind: 'person', label: a.displayName, hint: '@' + a.username, value: '@' + a.username };
            });
          });
        }
        return combobox.getJson('/api/topics?limit=6&prefix=' + encodeURIComponent(match[3])).then(function (data) {
          return data.map(function (t) { return { kind: 'topic', label: '#' + t.name, value: '#' + t.name }; });
        });
      },
      pick: function (item) {
        var end = box.selectionStart;
        var start = box.value.slice(0, end).lastIndexOf(typed);
        if (start < 0) start = end;
        box.value = box.value.slice(0, start) + item.value + ' ' + box.value.slice(end);
        box.focus();
        box.selectionStart = box.selectionEnd = start + item.value.length + 1;
        box.dispatchEvent(new Event('input', { bubbles: true }));
      }
    });
  });

  // The composer says, before posting, how many people the post will reach through term alerts.
  var reach = document.querySelector('[data-testid=reach-preview]');
  if (reach) {
    var composer = reach.closest('form');
    var reachTimer;
    var value = function (name) { var field = composer.elements[name]; return field && field.value ? field.value : null; };
    var count = function (n, one, many) { return n === 1 ? one : many.replace('%n', n); };
    var asked = 0;
    var preview = function () {
      var question = ++asked;
      var draft = { body: value('body') || '', kind: value('kind'), sectorCode: value('sectorCode') };
      if (value('groupId')) draft.groupId = Number(value('groupId'));
      if (value('clientId')) draft.clientId = Number(value('clientId'));
      if (!draft.body.trim()) { asked++; reach.hidden = true; return; }
      fetch('/api/alerts/preview', { method: 'POST', credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify(draft) })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (data) {
          if (question !== asked) return; // an older answer that came in late
          if (!data) { reach.hidden = true; return; }
          reach.textContent = data.fewerThan ? reach.dataset.few.replace('%n', data.fewerThan) : reach.dataset.sentence
            .replace('%people%', count(data.people, reach.dataset.person, reach.dataset.people))
            .replace('%alerts%', count(data.alerts, reach.dataset.alert, reach.dataset.alerts));
          reach.hidden = false;
        }).catch(function () {});
    };
    composer.addEventListener('input', function () { clearTimeout(reachTimer); reachTimer = setTimeout(preview, 400); });
    composer.addEventListener('change', function () { clearTimeout(reachTimer); reachTimer = setTimeout(preview, 100); });
  }

  // Clients (issue 16): the signal type select shows only while the kind is signal; without script it is
  // always there, labelled as for signals only.
  document.querySelectorAll('form.composer').forEach(function (form) {
    var kind = form.elements.kind;
    var box = form.querySelector('[data-signal-type]');
    if (!kind || !box) return;
    var sync = function () {
      var signal = kind.value === 'signal';
      box.hidden = !signal;
      if (!signal) form.elements.signalType.value = '';
    };
    kind.addEventListener('change', sync);
    sync();
  });
})();
